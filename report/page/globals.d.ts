// Types for the page scripts (checked with report/page/tsconfig.json). The scripts are classic
// scripts concatenated into one function scope in this order: format, pareto, chart, sweep,
// design, main (report/assets.ts), so their top-level functions see each other.
import type * as D3 from 'd3';

declare global {
  const d3: typeof D3;
  interface Window {
    tpeReport?: { ready: boolean; renderMs: number; paintMs: number; front: number[]; fmt: (x: number | null | undefined) => string };
  }
}
export {};
