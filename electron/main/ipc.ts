import {
  channelOf,
  WORKBENCH_METHODS,
  type WorkbenchApi,
  type WorkbenchMethod,
} from '../../shared/port/contract';
import { toPortFailure, type PortResult } from '../../shared/port/errors';
import { requestSchemas } from '../../shared/port/requests';

/** The part of an IPC event the handlers look at (Electron's IpcMainEvent and IpcMainInvokeEvent). */
export interface IpcEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** True when the message comes from the app's own top-level page (not a frame, not elsewhere). */
export function isTrustedSender(
  event: IpcEventLike,
  isTrustedUrl: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url);
}

/** The part of Electron's ipcMain used here; a fake in the unit tests. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

/**
 * Registers one handler per port method. Each call is refused unless it comes from the app's
 * own top-level page, and unless its arguments pass the method's schema; the answer is always
 * a PortResult, so the renderer sees a typed error instead of a bare string.
 */
export function registerWorkbenchIpc(
  ipc: IpcMainLike,
  api: WorkbenchApi,
  isTrustedUrl: (url: string) => boolean,
): void {
  for (const method of WORKBENCH_METHODS) {
    ipc.handle(channelOf(method), (event, ...args) => handle(method, event, args));
  }

  async function handle(
    method: WorkbenchMethod,
    event: IpcEventLike,
    args: unknown[],
  ): Promise<PortResult<unknown>> {
    if (!isTrustedSender(event, isTrustedUrl)) {
      const sender = event.senderFrame?.url ?? 'gone';
      return {
        ok: false,
        error: { code: 'forbidden', detail: `${method} refused: sender ${sender}` },
      };
    }
    const parsed = requestSchemas[method].safeParse(args);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((issue) => `${describePath(issue.path)}: ${issue.message}`)
        .join('; ');
      return { ok: false, error: { code: 'invalid-request', detail: `${method}: ${detail}` } };
    }
    try {
      // The schema's tuple type is exactly the method's parameter list.
      const call = api[method] as (...values: unknown[]) => Promise<unknown>;
      return { ok: true, value: await call(...(parsed.data as unknown[])) };
    } catch (error) {
      return { ok: false, error: toPortFailure(error) };
    }
  }
}

/** "argument 1 › functions › 2 › name": where in the call the bad value sits. */
function describePath(path: readonly PropertyKey[]): string {
  const [argument, ...rest] = path;
  const head = typeof argument === 'number' ? `argument ${argument + 1}` : 'arguments';
  return [head, ...rest.map(String)].join(' › ');
}
