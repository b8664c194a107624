import type { Migration } from './types';

/**
 * Version 3 adds scenarios (an optional `scenarios` object; see docs/file-format.md). A version
 * 2 file is a project with its baseline alone: only the version changes, so a file re-saved
 * differs from the original in that one number.
 */
export const v2ToV3: Migration = {
  from: 2,
  migrate: (doc) => ({ ok: true, doc: { ...doc, schemaVersion: 3 } }),
};
