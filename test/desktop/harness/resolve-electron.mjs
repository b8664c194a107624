// Node module hook: `electron`, imported by the built main process, resolves to the harness's
// shim. Each launch loads main.js under its own query (?launch=N) so that it runs afresh; the
// shim gets the same query, so it is evaluated afresh too and hands over that launch's fake.
const shim = new URL('./electron-shim.mjs', import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' && context.parentURL?.includes('/dist-electron/')) {
    const launch = new URL(context.parentURL).search;
    return { url: `${shim.href}${launch}`, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
