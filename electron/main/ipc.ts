import {
  channelOf,
  WORKBENCH_METHODS,
  type WorkbenchApi,
  type WorkbenchMethod,
} from '../../shared/port/contract';
import { toPortFailure, type PortResult } from '../../shared/port/errors';
import { requestSchemas } from '../../shared/port/requests';

/** The part of an IPC event the handlers look at (Electron's IpcMainInvokeEvent has it). */
export interface IpcInvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of Electron's ipcMain used here; a fake in the unit tests. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>,
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
    event: IpcInvokeEventLike,
    args: unknown[],
  ): Promise<PortResult<unknown>> {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return {
        ok: false,
        error: { code: 'forbidden', detail: `${method} refused: sender ${frame?.url ?? 'gone'}` },
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
