// `tpe gate all.jsonl --baseline base.jsonl --max-regression area=1%,energy=2%,fmax=1%,cycles=0%`:
// per-point verdicts against a baseline of rows (matched on the point id: base file, params,
// workload, level; not on the design's content, which is what a pull request changes):
//   PASS          every gated metric within its allowed regression
//   FAIL          a metric worse than allowed and by more than the level's stated noise, or a
//                 point that was ok and is now invalid
//   INCONCLUSIVE  worse than allowed, but inside the noise of the fidelity level that produced it
//   ERROR         the point's row is an error (the toolkit failed on it)
// plus NEW (no baseline row) and REMOVED (a baseline row with no new row), which do not fail.
// Exit: 1 if any FAIL, else 4 if any ERROR, else 0.
import { readFileSync, writeFileSync } from 'node:fs';
import { forEachLine, forEachRow } from './jsonl.js';
import { metricByName } from './metric-names.js';
import { HIGHER_IS_BETTER, type MetricName, type SweepRow } from './row.js';

export type Verdict = 'PASS' | 'FAIL' | 'INCONCLUSIVE' | 'ERROR' | 'NEW';
export const GATE_EXIT = { OK: 0, REGRESSION: 1, ERRORS: 4 } as const;

export interface Limit {
  metric: MetricName;
  /** Allowed relative worsening (0.01 = 1%). */ max: number;
}

export function parseLimits(s: string): Limit[] | string {
  const out: Limit[] = [];
  for (const part of s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const m = /^([^=]+)=\s*([0-9.]+)\s*(%?)$/.exec(part);
    if (!m) return `--max-regression expects metric=N% pairs (e.g. area=1%,cycles=0%), got "${part}"`;
    const metric = metricByName(m[1]);
    if (metric.startsWith('unknown metric')) return metric;
    const v = Number(m[2]);
    if (!Number.isFinite(v)) return `bad number in "${part}"`;
    out.push({ metric: metric as MetricName, max: m[3] === '%' ? v / 100 : v });
  }
  return out.length ? out : 'no limits given';
}

export interface MetricChange {
  metric: MetricName;
  base: number | null;
  now: number | null;
  /** Relative worsening (positive = worse). */ worse: number;
  noise: number;
  verdict: Verdict;
}

export interface PointVerdict {
  readonly id: string;
  readonly index: number;
  readonly design: string;
  readonly params: SweepRow['params'];
  readonly workload: string;
  readonly verdict: Verdict;
  readonly reason?: string;
  readonly changes: MetricChange[];
}

export interface GateResult {
  readonly counts: Record<Verdict | 'REMOVED', number>;
  /** Non-PASS points, worst first (FAIL, ERROR, INCONCLUSIVE, NEW). */
  readonly points: PointVerdict[];
  readonly limits: readonly Limit[];
  readonly exitCode: number;
  /** Per metric: how many points got worse / better beyond noise, and the worst change. */
  readonly byMetric: { metric: MetricName; worse: number; better: number; worst: number }[];
}

type BaseEntry = { status: SweepRow['status']; metrics?: SweepRow['metrics']; noise?: Record<string, number>; line: string; used: boolean };

const RANK: Record<Verdict, number> = { FAIL: 0, ERROR: 1, INCONCLUSIVE: 2, NEW: 3, PASS: 4 };

/** `shown`: the file's name in messages (a bad line throws RowsError); an empty baseline is all NEW. */
function readBaseline(path: string, shown = path): Map<string, BaseEntry> {
  const m = new Map<string, BaseEntry>();
  forEachRow(
    path,
    shown,
    (r, line) => {
      m.set(r.id, {
        status: r.status,
        ...(r.metrics ? { metrics: r.metrics } : {}),
        ...(r.detail?.noise ? { noise: r.detail.noise as Record<string, number> } : {}),
        line,
        used: false,
      });
    },
    { allowEmpty: true },
  );
  return m;
}

export function gate(
  current: string,
  baseline: string,
  limits: readonly Limit[],
  opts: { keepPoints?: number; shown?: { current: string; baseline: string } } = {},
): GateResult & { base: Map<string, BaseEntry> } {
  const base = readBaseline(baseline, opts.shown?.baseline);
  const counts: Record<Verdict | 'REMOVED', number> = { PASS: 0, FAIL: 0, INCONCLUSIVE: 0, ERROR: 0, NEW: 0, REMOVED: 0 };
  const points: PointVerdict[] = [];
  const keep = opts.keepPoints ?? 1000;
  const byMetric = new Map(limits.map((l) => [l.metric, { metric: l.metric, worse: 0, better: 0, worst: 0 }]));
  // Checked: a torn, empty or foreign file must not pass the gate with the points it lost.
  forEachRow(current, opts.shown?.current ?? current, (r) => {
    const b = base.get(r.id);
    if (b) b.used = true;
    const v = verdictOf(r, b, limits);
    counts[v.verdict]++;
    for (const c of v.changes) {
      const s = byMetric.get(c.metric)!;
      if (c.worse > c.noise) s.worse++;
      if (-c.worse > c.noise) s.better++;
      if (c.worse > s.worst) s.worst = c.worse;
    }
    if (v.verdict !== 'PASS') {
      points.push({
        id: r.id,
        index: r.index,
        design: `${r.design.file} ${Object.entries(r.params)
          .map(([k, x]) => `${k}=${x}`)
          .join(' ')}`.trim(),
        params: r.params,
        workload: `${r.workload.set} ${r.workload.gemm}`,
        ...v,
      });
      if (points.length > 2 * keep) trim(points, keep);
    }
  });
  for (const e of base.values()) if (!e.used) counts.REMOVED++;
  trim(points, keep);
  const exitCode = counts.FAIL > 0 ? GATE_EXIT.REGRESSION : counts.ERROR > 0 ? GATE_EXIT.ERRORS : GATE_EXIT.OK;
  return { counts, points, limits, exitCode, byMetric: [...byMetric.values()], base };
}

function trim(points: PointVerdict[], keep: number): void {
  const worst = (p: PointVerdict) => Math.max(0, ...p.changes.map((c) => c.worse));
  points.sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || worst(b) - worst(a) || a.index - b.index);
  points.length = Math.min(points.length, keep);
}

export function verdictOf(
  r: SweepRow,
  b: BaseEntry | undefined,
  limits: readonly Limit[],
): { verdict: Verdict; reason?: string; changes: MetricChange[] } {
  if (r.status === 'error')
    return { verdict: 'ERROR', reason: r.diagnostic ? `${r.diagnostic.code}: ${r.diagnostic.message}` : 'error row', changes: [] };
  if (!b) return { verdict: 'NEW', changes: [] };
  if (r.status === 'invalid') {
    return b.status === 'ok'
      ? { verdict: 'FAIL', reason: `was ok, now invalid: ${r.diagnostic?.code}: ${r.diagnostic?.message}`, changes: [] }
      : { verdict: 'PASS', changes: [] };
  }
  if (b.status !== 'ok' || !b.metrics || !r.metrics) return { verdict: 'PASS', reason: `baseline was ${b.status}`, changes: [] };
  const changes: MetricChange[] = [];
  let verdict: Verdict = 'PASS';
  for (const l of limits) {
    const old = b.metrics[l.metric],
      now = r.metrics[l.metric];
    const noise = Math.max(r.detail?.noise?.[l.metric] ?? 0, b.noise?.[l.metric] ?? 0);
    if (old === null || now === null || old === undefined || now === undefined) {
      if ((old === null) !== (now === null)) {
        changes.push({ metric: l.metric, base: old ?? null, now: now ?? null, worse: 0, noise, verdict: 'INCONCLUSIVE' });
        if (RANK.INCONCLUSIVE < RANK[verdict]) verdict = 'INCONCLUSIVE';
      }
      continue;
    }
    const rel = old === 0 ? (now === 0 ? 0 : Infinity) : (now - old) / Math.abs(old);
    const worse = HIGHER_IS_BETTER[l.metric] ? -rel : rel;
    // Round away float noise of rounded values (a 0% limit must pass equal figures).
    const w = Math.round(worse * 1e9) / 1e9;
    let mv: Verdict = 'PASS';
    if (w > l.max) mv = w <= noise ? 'INCONCLUSIVE' : 'FAIL';
    changes.push({ metric: l.metric, base: old, now, worse: w, noise, verdict: mv });
    if (RANK[mv] < RANK[verdict]) verdict = mv;
  }
  return { verdict, changes };
}

const pct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(100 * x).toFixed(2)}%` : 'inf');

/** The summary table (plain text, or Markdown for a pull request). */
export function renderGate(g: GateResult, o: { markdown?: boolean; top?: number } = {}): string {
  const top = o.top ?? 20;
  const c = g.counts;
  const lim = g.limits.map((l) => `${l.metric} ${(100 * l.max).toFixed(2).replace(/\.?0+$/, '')}%`).join(', ');
  const verdictLine =
    g.exitCode === 1 ? 'FAIL: regressions beyond the limits' : g.exitCode === 4 ? 'ERROR: some points could not be evaluated' : 'PASS';
  const lines: string[] = [];
  if (o.markdown) {
    lines.push(
      `### Sweep gate: ${verdictLine}`,
      '',
      `Limits: ${lim}`,
      '',
      '| PASS | FAIL | INCONCLUSIVE | ERROR | NEW | REMOVED |',
      '|---:|---:|---:|---:|---:|---:|',
      `| ${c.PASS} | ${c.FAIL} | ${c.INCONCLUSIVE} | ${c.ERROR} | ${c.NEW} | ${c.REMOVED} |`,
      '',
    );
    lines.push('| metric | worse | better | worst change |', '|---|---:|---:|---:|');
    for (const m of g.byMetric) lines.push(`| ${m.metric} | ${m.worse} | ${m.better} | ${pct(m.worst)} |`);
    const shown = g.points.filter((p) => p.verdict !== 'NEW').slice(0, top);
    if (shown.length) {
      lines.push('', '| verdict | design | workload | changes |', '|---|---|---|---|');
      for (const p of shown)
        lines.push(
          `| ${p.verdict} | ${p.design.replace(/\|/g, '\\|')} | ${p.workload} | ${
            p.reason ??
            p.changes
              .filter((x) => x.verdict !== 'PASS')
              .map((x) => `${x.metric} ${pct(x.worse)} (noise ${pct(x.noise)})`)
              .join(', ')
          } |`,
        );
    }
    return lines.join('\n') + '\n';
  }
  lines.push(`gate: ${verdictLine}  (limits: ${lim})`);
  lines.push(`  PASS ${c.PASS}  FAIL ${c.FAIL}  INCONCLUSIVE ${c.INCONCLUSIVE}  ERROR ${c.ERROR}  NEW ${c.NEW}  REMOVED ${c.REMOVED}`);
  for (const m of g.byMetric)
    lines.push(
      `  ${m.metric.padEnd(16)} worse ${String(m.worse).padStart(6)}  better ${String(m.better).padStart(6)}  worst ${pct(m.worst)}`,
    );
  for (const p of g.points.filter((x) => x.verdict !== 'NEW').slice(0, top)) {
    lines.push(
      `  ${p.verdict.padEnd(12)} #${p.index} ${p.design} on ${p.workload}: ${
        p.reason ??
        p.changes
          .filter((x) => x.verdict !== 'PASS')
          .map((x) => `${x.metric} ${x.base} -> ${x.now} (${pct(x.worse)} worse, noise ${pct(x.noise)})`)
          .join('; ')
      }`,
    );
  }
  return lines.join('\n') + '\n';
}

export type UpdateMode = 'all' | 'failing' | 'tighten';

/**
 * Writes a new baseline. all: the current rows. failing: the old baseline with the FAIL points
 * replaced by their current rows (accepting those regressions). tighten: the old baseline with
 * each point replaced where the current row passes and is better beyond noise in a gated metric
 * (the baseline only ever gets stricter). Returns rows replaced.
 */
export function updateBaseline(current: string, baselinePath: string, limits: readonly Limit[], mode: UpdateMode): number {
  if (mode === 'all') {
    writeFileSync(baselinePath, readFileSync(current));
    return -1;
  }
  const base = readBaseline(baselinePath);
  const lines: string[] = [];
  let replaced = 0;
  forEachLine(current, (line) => {
    if (!line) return;
    const r = JSON.parse(line) as SweepRow;
    const b = base.get(r.id);
    if (!b) return;
    b.used = true;
    const v = verdictOf(r, b, limits);
    const take = mode === 'failing' ? v.verdict === 'FAIL' : v.verdict === 'PASS' && v.changes.some((c) => -c.worse > c.noise);
    if (take) {
      b.line = line;
      replaced++;
    }
  });
  for (const e of base.values()) lines.push(e.line);
  writeFileSync(baselinePath, lines.join('\n') + (lines.length ? '\n' : ''));
  return replaced;
}
