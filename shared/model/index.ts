/** The project model: schema, file reading with migrations, creation and pure edit operations. */
export * from './schema';
export * from './ops';
export { CURRENT_SCHEMA_VERSION } from './version';
export { parseProjectFile, type ParseProjectResult } from './parse';
export { createBlankProject, type BlankProjectInit } from './create';
export {
  DEFAULT_CONTRACTED_HOURS_PER_WEEK,
  DEFAULT_CURRENCY,
  DEFAULT_PLANNING_MONTHS,
} from './defaults';
export { MIGRATIONS, migrateToCurrent } from './migrations';
export { jsonPath, type FileError, type FileErrorCode } from './json-path';
export { MAX_JSON_DEPTH } from './safe-json';
export { MAX_COST_PER_FTE_MINOR, MAX_MONEY_MINOR } from './primitives';
