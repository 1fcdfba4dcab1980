// .npy read/write (the implementation lives in data/npy.ts).
export { parseNpy, npyToMatrix, readNpyMatrix, writeNpy, resultDtype, type NpyArray, type NpyDtype } from './data/npy.js';
