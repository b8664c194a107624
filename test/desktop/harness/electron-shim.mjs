// What `import … from 'electron'` in dist-electron/main.js resolves to under the harness (see
// resolve-electron.mjs): the fake of the launch that is loading main.js right now.
const fake = globalThis[Symbol.for('ssw.harness.electron')];
if (!fake) throw new Error('electron-shim: no fake electron installed (use launchDesktop)');

export const { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } =
  fake;
export default fake;
