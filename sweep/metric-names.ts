// Short names users type for metrics (`--objectives area,energy,-throughput`,
// `--max-regression area=1%,fmax=1%`) and the row metric each stands for.
import { closest } from '../workload/diagnostics.js';
import { METRIC_DIGITS, type MetricName } from './row.js';

export const METRIC_ALIASES: Record<string, MetricName> = {
  area: 'areaUm2',
  fmax: 'fmaxMHz',
  cycles: 'cycles',
  energy: 'energyPerMacPj',
  'energy-per-mac': 'energyPerMacPj',
  'tops-per-mm2': 'topsPerMm2',
  'tops/mm2': 'topsPerMm2',
  'tops-per-w': 'topsPerW',
  'tops/w': 'topsPerW',
  utilization: 'utilization',
  latency: 'latencyUs',
  throughput: 'throughputTops',
  power: 'powerMw',
  'total-energy': 'energyNj',
};

export function metricByName(s: string): MetricName | string {
  const k = s.trim();
  if (k in METRIC_DIGITS) return k as MetricName;
  const a = METRIC_ALIASES[k.toLowerCase()];
  if (a) return a;
  const names = [...Object.keys(METRIC_ALIASES), ...Object.keys(METRIC_DIGITS)];
  const g = closest(k, names);
  return `unknown metric '${k}' (expected one of ${Object.keys(METRIC_ALIASES).join(', ')} or a row metric name${g ? `; did you mean '${g}'?` : ''})`;
}
