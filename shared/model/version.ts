/** The format version this build writes. Older files are migrated on open (see migrations/). */
export const CURRENT_SCHEMA_VERSION = 3;
