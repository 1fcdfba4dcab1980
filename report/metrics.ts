// The metrics a report knows by name: label, unit and which way is better. Metrics a row has
// that are not listed here are still shown (table, hover), labelled by their id, lower assumed
// better (marked so on the axis).

export interface MetricDef {
  id: string;
  label: string;
  unit: string;
  better: 'min' | 'max';
  /** False for a metric this list does not know: its direction is assumed. */
  known: boolean;
}

export const KNOWN_METRICS: readonly MetricDef[] = [
  { id: 'areaUm2', label: 'area', unit: 'µm²', better: 'min', known: true },
  { id: 'energyPerMacPj', label: 'energy per MAC', unit: 'pJ', better: 'min', known: true },
  { id: 'throughputTops', label: 'throughput', unit: 'TOPS', better: 'max', known: true },
  { id: 'topsPerMm2', label: 'TOPS/mm²', unit: '', better: 'max', known: true },
  { id: 'topsPerW', label: 'TOPS/W', unit: '', better: 'max', known: true },
  { id: 'fmaxMHz', label: 'fmax', unit: 'MHz', better: 'max', known: true },
  { id: 'cycles', label: 'cycles', unit: '', better: 'min', known: true },
  { id: 'utilization', label: 'utilization', unit: '', better: 'max', known: true },
  { id: 'criticalPathPs', label: 'critical path', unit: 'ps', better: 'min', known: true },
  { id: 'energyPj', label: 'energy', unit: 'pJ', better: 'min', known: true },
  { id: 'energyNj', label: 'energy', unit: 'nJ', better: 'min', known: true },
  { id: 'latencyUs', label: 'latency', unit: 'µs', better: 'min', known: true },
  { id: 'powerMw', label: 'power', unit: 'mW', better: 'min', known: true },
  { id: 'macs', label: 'MACs', unit: '', better: 'max', known: true },
];

export function metricDef(id: string): MetricDef {
  return KNOWN_METRICS.find((m) => m.id === id) ?? { id, label: id, unit: '', better: 'min', known: false };
}

/**
 * Throughput in TOPS when a row does not state it: TOPS/mm² x area. Both are the producer's own
 * figures at the same clock, so the product is the array's effective throughput at that clock.
 */
export function derivedThroughput(m: Record<string, number>): number | undefined {
  if (m.throughputTops !== undefined) return m.throughputTops;
  if (m.topsPerMm2 === undefined || m.areaUm2 === undefined) return undefined;
  return m.topsPerMm2 * (m.areaUm2 / 1e6);
}

/** Fixed precision for the data block: same input, same bytes, and no more digits than matter. */
export function round(x: number, significant = 6): number {
  // Integers (cycles, counts, MACs) stay exact.
  if (Number.isInteger(x) || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(significant));
}

/** How numbers are shown (the page uses the same rule, report/page/format.js). */
export function fmt(x: number | undefined | null): string {
  if (x === undefined || x === null || !Number.isFinite(x)) return '–';
  if (Number.isInteger(x) && Math.abs(x) < 1e9) return String(x);
  return String(Number(x.toPrecision(4)));
}
