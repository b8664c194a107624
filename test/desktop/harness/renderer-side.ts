/**
 * The renderer half of the harness: what stands in for Electron inside the page. Everything
 * here is turned into the text of an init script, so the functions must not use anything from
 * their module scope.
 */

/** A message from the page's fake ipcRenderer to the harness (a Playwright binding). */
export interface PageMessage {
  readonly kind: 'invoke' | 'send';
  readonly channel: string;
  readonly args: unknown[];
}

/** The binding and the delivery hook the init script puts on `window` (harness only). */
export const IPC_BINDING = '__sswHarnessIpc';
export const DELIVER_HOOK = '__sswHarnessDeliver';

/**
 * Values cross as JSON-like data; byte arrays (the PDF) are spelled out, as Electron's
 * structured clone would carry them.
 */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Array.from(value) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeValue(v)]));
  }
  return value;
}

export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === 'object') {
    const bytes = (value as { $bytes?: unknown }).$bytes;
    if (Array.isArray(bytes)) return Uint8Array.from(bytes as number[]);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeValue(v)]));
  }
  return value;
}

type Listener = (event: unknown, ...args: unknown[]) => void;
type HarnessWindow = Window & {
  [IPC_BINDING]: (message: PageMessage) => Promise<unknown>;
  [DELIVER_HOOK]: (channel: string, args: unknown[]) => void;
};

/**
 * The `electron` module as a sandboxed preload sees it: contextBridge and ipcRenderer, the
 * latter carried over the harness binding to the handlers main registered.
 */
function rendererElectron(
  encode: typeof encodeValue,
  decode: typeof decodeValue,
  binding: string,
  hook: string,
) {
  const page = window as unknown as HarnessWindow;
  const call = (message: PageMessage) =>
    (page[binding as typeof IPC_BINDING] as HarnessWindow[typeof IPC_BINDING])(message);
  const listeners = new Map<string, Set<Listener>>();
  (page as unknown as Record<string, unknown>)[hook] = (channel: string, args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, ...(decode(args) as []));
  };
  return {
    contextBridge: {
      exposeInMainWorld(key: string, api: Record<string, unknown>) {
        Object.defineProperty(window, key, { value: Object.freeze({ ...api }) });
      },
    },
    ipcRenderer: {
      async invoke(channel: string, ...args: unknown[]) {
        return decode(await call({ kind: 'invoke', channel, args: encode(args) as unknown[] }));
      },
      send(channel: string, ...args: unknown[]) {
        void call({ kind: 'send', channel, args: encode(args) as unknown[] });
      },
      on(channel: string, listener: Listener) {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener(channel: string, listener: Listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
}

/**
 * The init script: in the top frame only (as Electron runs a preload), the real preload bundle
 * evaluated with a `require` that, like a sandboxed preload's, offers `electron` and nothing else.
 * Pasted as text, not eval'd: the page's CSP forbids eval, and must keep forbidding it.
 */
export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  if (window !== window.top) return;
  const electron = (${rendererElectron.toString()})(
    ${encodeValue.toString()},
    ${decodeValue.toString()},
    ${JSON.stringify(IPC_BINDING)},
    ${JSON.stringify(DELIVER_HOOK)},
  );
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('a sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
