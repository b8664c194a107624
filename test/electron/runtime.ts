// Typed view of the build script that locates the Electron runtime, shared with `npm start`.
// @ts-expect-error — a plain .mjs build script without type declarations.
import { electronExecutable as locate } from '../../build/scripts/electron-runtime.mjs';

export const electronExecutable = locate as () => string | undefined;
