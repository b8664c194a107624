export * from './collections';
export * from './functions';
export * from './groups';
export * from './links';
export * from './people';
export * from './project';
export * from './fragment';
