/** The project model: schema, file reading with migrations, creation and pure edit operations. */
export * from './schema';
export * from './ops';
export { CURRENT_SCHEMA_VERSION } from './version';
export { parseProjectFile } from './parse';
export { createBlankProject } from './create';
export type { FileError } from './json-path';
export { MAX_COST_PER_FTE_MINOR, MAX_MONEY_MINOR } from './primitives';
export * from './scenarios';
export { projectFileOf, shareUnchanged } from './scenario-file';
