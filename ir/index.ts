export * from './types.js';
export * from './diagnostic.js';
export * from './derive.js';
export * from './build.js';
export * from './matrix.js';
