/**
 * The two pages under test, built the way users get them and served from 127.0.0.1 on a free
 * port: the app in a `--mode bench` build (the web build plus the card render counter) and the
 * bare React Flow page of test/bench/bare-flow.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../e2e/chromium';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

export async function buildApp(outDir: string): Promise<void> {
  await build({
    configFile: join(repo, 'vite.config.ts'),
    mode: 'bench',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(repo, 'test/bench/bare-flow'),
    base: './',
    mode: 'production',
    plugins: [react()],
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface Served {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Serves `dir` read-only, uncached (every navigation fetches as a first visit would). */
export async function serve(dir: string): Promise<Served> {
  const root = normalize(dir + sep);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The app and the bare page, each built into a folder and served. */
export interface ServedPages {
  readonly ours: { readonly url: string; readonly dir: string };
  readonly bare: { readonly url: string; readonly dir: string };
}

/**
 * A canvas benchmark's set-up and tear-down: builds both pages into a scratch folder (its name
 * starting with `prefix`), serves them, launches headless Chromium and hands all three to `run`;
 * afterwards closes the browser and the servers and deletes the folder, whatever `run` did.
 */
export async function withServedPages<T>(
  prefix: string,
  run: (browser: Browser, pages: ServedPages, scratch: string) => Promise<T>,
): Promise<T> {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const dirs = { ours: join(scratch, 'app'), bare: join(scratch, 'bare') };
  try {
    console.log('Building the app (--mode bench) and the bare React Flow page…');
    await buildApp(dirs.ours);
    await buildBarePage(dirs.bare);
    const servers = { ours: await serve(dirs.ours), bare: await serve(dirs.bare) };
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      return await run(
        browser,
        {
          ours: { url: servers.ours.url, dir: dirs.ours },
          bare: { url: servers.bare.url, dir: dirs.bare },
        },
        scratch,
      );
    } finally {
      await browser.close();
      await Promise.all([servers.ours.close(), servers.bare.close()]);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
