// Typed view of the build script that locates the Electron runtime, shared with `npm start`.
// @ts-expect-error — a plain .mjs build script without type declarations.
import { electronExecutable as locate } from '../../build/scripts/electron-runtime.mjs';

export const electronExecutable = locate as () => string | undefined;

export const SKIP_REASON =
  'the Electron runtime is not installed on this machine (its download needs internet access); ' +
  'the desktop bundle was still built, and its wiring runs in the desktop harness suite (npm run test:desktop)';
