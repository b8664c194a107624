/** The domain core in one import: model, catalog, analysis, checks and samples. */
export * from './model';
export * from './catalog';
export * from './analysis';
export * from './checks';
export { loadSample, SAMPLES, type Sample } from './samples';
