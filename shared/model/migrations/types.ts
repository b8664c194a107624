import type { FileError } from '../json-path';

/** A project document between versions: plain JSON, not yet validated as the current format. */
export type JsonObject = Record<string, unknown>;

export type MigrationResult =
  | { readonly ok: true; readonly doc: JsonObject }
  | { readonly ok: false; readonly errors: FileError[] };

/** Turns a document of version `from` into one of version `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly migrate: (doc: JsonObject) => MigrationResult;
}
