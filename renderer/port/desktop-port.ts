import type { DesktopBridge, WorkbenchApi, WorkbenchPort } from '../../shared/port/contract';
import { WORKBENCH_METHODS } from '../../shared/port/contract';
import { PortError, type PortResult } from '../../shared/port/errors';

/** The port over the preload bridge: unwraps each PortResult back into a value or a PortError. */
export function createDesktopPort(bridge: DesktopBridge): WorkbenchPort {
  const api = Object.fromEntries(
    WORKBENCH_METHODS.map((method) => [
      method,
      async (...args: unknown[]) => {
        const call = bridge[method] as (...values: unknown[]) => Promise<PortResult<unknown>>;
        const result = await call(...args);
        if (!result.ok) throw new PortError(result.error.code, result.error.detail);
        return result.value;
      },
    ]),
  ) as unknown as WorkbenchApi; // One entry per method, each with the bridge's own signature.
  return {
    ...api,
    edition: 'desktop',
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onOpenProject: (listener) => bridge.onOpenProject(listener),
    onFileOpening: (listener) => bridge.onFileOpening(listener),
    onCloseRequest: (listener) => bridge.onCloseRequest(listener),
  };
}
