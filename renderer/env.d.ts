/** The package version, inlined at build time by vite.config.ts. */
declare const __APP_VERSION__: string;

interface Window {
  /** Counts card renders in a `--mode bench` build only (npm run bench:canvas). */
  __cardRenders?: (id: string) => void;
}
