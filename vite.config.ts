import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import electron from 'vite-plugin-electron';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/csp.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * One configuration for every bundle:
 * - `vite build` builds the renderer (dist/) and the Electron main and preload (dist-electron/);
 * - `vite build --mode web` builds only the renderer: the browser edition, used by the e2e tests;
 * - `vite build --mode bench` is the browser edition plus a card render counter, for
 *   npm run bench:canvas (`import.meta.env.MODE === 'bench'`; other builds drop that code);
 * - `vite` serves the renderer for development in a browser.
 * The renderer bundle is the same in both editions; it picks its back end at run time.
 */
export default defineConfig(({ command, mode }) => {
  const desktop = command === 'build' && mode !== 'web' && mode !== 'bench';
  const plugins: PluginOption[] = [react()];
  if (command === 'build') {
    // Only in builds: the dev server injects an inline script that a strict policy would block.
    plugins.push({
      name: 'content-security-policy',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
          injectTo: 'head-prepend',
        },
      ],
    });
  }
  if (desktop) {
    plugins.push(
      electron([
        {
          entry: here('./electron/main/index.ts'),
          vite: {
            build: {
              outDir: here('./dist-electron'),
              emptyOutDir: false,
              sourcemap: true,
              rolldownOptions: { output: { entryFileNames: 'main.js' } },
            },
          },
        },
        {
          // The worker thread that reads project files for main (electron/main/project-reader.ts).
          entry: here('./electron/main/read-project.worker.ts'),
          vite: {
            build: {
              outDir: here('./dist-electron'),
              emptyOutDir: false,
              sourcemap: true,
              rolldownOptions: { output: { entryFileNames: 'read-project.worker.js' } },
            },
          },
        },
        {
          // A sandboxed preload must be a single CommonJS file.
          entry: here('./electron/preload/index.ts'),
          vite: {
            build: {
              outDir: here('./dist-electron'),
              emptyOutDir: false,
              sourcemap: 'inline',
              lib: { entry: here('./electron/preload/index.ts'), formats: ['cjs'] },
              rolldownOptions: {
                output: { format: 'cjs', entryFileNames: 'preload.cjs', codeSplitting: false },
              },
            },
          },
        },
      ]),
    );
  }
  return {
    root: here('./renderer'),
    base: './',
    publicDir: false,
    define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
    plugins,
    build: {
      outDir: here('./dist'),
      emptyOutDir: true,
      // jsPDF and the font are large by nature; warn only well beyond them.
      chunkSizeWarningLimit: 2500,
      // No list of each on-demand chunk's imports to fetch alongside it: that table of file names
      // rides in the first screen's script (0.5 KB gzip), and the on-demand code is fetched in
      // idle time after the first screen anyway (renderer/ui-kit/lazy.tsx), its imports with it.
      // The stylesheets of on-demand code are still loaded with it.
      modulePreload: false,
      rolldownOptions: {
        // Everything the entry imports statically in one chunk: otherwise the bundler splits what
        // the first screen shares with on-demand code into some twenty chunks, each compressed on
        // its own (about 9 KB gzip more on the first load). On-demand code keeps its own chunks.
        output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } },
        // shared/ is pure by rule (ARCHITECTURE.md): importing one of its modules does nothing
        // but define things — except shared/i18n/all.ts, which registers the catalogs where it is
        // imported. Said to the bundler, it drops a module none of whose exports is used even when
        // its definitions call functions: the first screen imports the model's vocabularies and
        // operations through shared/model's index, and without this the zod schemas the index
        // also re-exports would come along (they are loaded when a document is validated, see
        // shared/port/stored-document.ts).
        treeshake: {
          moduleSideEffects: [
            { test: /[\\/]shared[\\/](?!i18n[\\/]all\.ts$)/, sideEffects: false },
          ],
        },
      },
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
  };
});
