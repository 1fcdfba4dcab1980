export { generateMatrix } from './generate.js';
export { parseDist, formatDist, distPmf, type Dist, type EmpiricalDist } from './dist.js';
export { MAX_SEED, mulberry32 } from './prng.js';
export { parseNpy, npyToMatrix, readNpyMatrix, writeNpy, resultDtype, type NpyArray, type NpyDtype } from './npy.js';
