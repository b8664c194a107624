/** Why a port call failed; the renderer turns the code into a message from the catalogs. */
export const PORT_ERROR_CODES = [
  'invalid-request',
  'not-found',
  'damaged',
  'storage-full',
  'storage-unavailable',
  'forbidden',
  /** The stored project changed since the version a save started from. */
  'conflict',
  'internal',
] as const;
export type PortErrorCode = (typeof PORT_ERROR_CODES)[number];

export interface PortFailure {
  readonly code: PortErrorCode;
  /** Technical detail for the log and the "details" line; never the only thing a user sees. */
  readonly detail: string;
}

/** What crosses the IPC boundary: thrown errors lose their type there, results do not. */
export type PortResult<T> = { ok: true; value: T } | { ok: false; error: PortFailure };

export class PortError extends Error {
  readonly code: PortErrorCode;
  constructor(code: PortErrorCode, detail: string) {
    super(detail);
    this.name = 'PortError';
    this.code = code;
  }
}

export function toPortFailure(error: unknown): PortFailure {
  if (error instanceof PortError) return { code: error.code, detail: error.message };
  return { code: 'internal', detail: error instanceof Error ? error.message : String(error) };
}
