import { PortError } from '../../../shared/port/errors';

/** Turns a Node file-system error into a PortError a user can be told about. */
export function storageError(error: unknown, action: string): PortError {
  if (error instanceof PortError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = `${action}: ${error instanceof Error ? error.message : String(error)}`;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new PortError('storage-full', detail);
  if (code === 'ENOENT') return new PortError('not-found', detail);
  // A folder where a project file should be (or the other way round): what is stored there is
  // not a project, and the user is told so, not "an unexpected error".
  if (code === 'EISDIR' || code === 'ENOTDIR') return new PortError('damaged', detail);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new PortError('storage-unavailable', detail);
  }
  return new PortError('internal', detail);
}
