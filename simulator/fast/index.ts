export { fastCycles, type FastCycles } from './cycles.js';
export { digitStatsFromData, meanNonzeroDigits, nonzeroHistogram, positionNonzeroProb, type DataDigitStats, type DigitStats, type DistDigitStats } from './digit-stats.js';
