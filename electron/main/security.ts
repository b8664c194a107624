/** The scheme the app's own pages are served from (not file://, per Electron's checklist). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parseAppUrl(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    // Compared by parts: for a custom scheme Node's URL reports the origin as "null".
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** True for a URL of the app's own pages; everything else is untrusted. */
export function isAppUrl(url: string): boolean {
  return parseAppUrl(url) !== undefined;
}

/**
 * Maps a request for the app scheme to a file inside the bundle folder, or undefined when the
 * path tries to leave it. `join` would normalise "..", so the check is on the resolved path.
 */
export function bundleFileFor(url: string, bundleFolder: string, sep: string): string | undefined {
  const parsed = parseAppUrl(url);
  if (!parsed) return undefined;
  const relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '') || 'index.html';
  if (relative.split(/[\\/]/).some((part) => part === '..' || part.includes('\0'))) {
    return undefined;
  }
  const root = bundleFolder.endsWith(sep) ? bundleFolder : bundleFolder + sep;
  return root + relative.split('/').join(sep);
}

/** What the bundle holds, by extension; any other file is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ttf: 'font/ttf',
  woff2: 'font/woff2',
  json: 'application/json',
};

/** The content type a bundle file is served with, or undefined for a kind of file not served. */
export function contentTypeOf(file: string): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : CONTENT_TYPES[extension];
}
