// Gate verdicts on rows we write, and the CLI's exit codes 0 / 1 / 4.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowLine } from '../../sweep/emit.js';
import { gate, parseLimits, verdictOf } from '../../sweep/gate.js';
import type { RowMetrics, SweepRow } from '../../sweep/row.js';
import { lines, tempDir, tpe } from './helpers.js';

const M: RowMetrics = {
  areaUm2: 1000,
  fmaxMHz: 500,
  cycles: 100,
  energyPerMacPj: 2,
  topsPerMm2: 1,
  topsPerW: 1,
  utilization: 1,
  macs: 64,
  latencyUs: 0.2,
  throughputTops: 0.001,
  energyNj: 0.128,
  powerMw: 640,
};
const row = (id: number, over: Partial<RowMetrics> = {}, extra: Partial<SweepRow> = {}): SweepRow => ({
  key: id.toString(16).padStart(16, '0'),
  id: id.toString(16).padStart(16, 'a'),
  index: id,
  status: 'ok',
  level: 'fast',
  design: { name: 'd', file: 'd.tpe' },
  params: { rows: id },
  workload: { set: 's', gemm: 'g', M: 4, N: 4, K: 4, count: 1, data: 'uniform' },
  metrics: { ...M, ...over },
  ...extra,
});
const write = (p: string, rows: SweepRow[]) => writeFileSync(p, rows.map(rowLine).join('\n') + '\n');
const limits = parseLimits('area=1%,energy=2%,fmax=1%,cycles=0%') as Exclude<ReturnType<typeof parseLimits>, string>;

describe('gate', () => {
  it('verdicts per point', () => {
    const b = (r: SweepRow) => ({
      status: r.status,
      metrics: r.metrics,
      line: '',
      used: false,
      ...(r.detail?.noise ? { noise: r.detail.noise as Record<string, number> } : {}),
    });
    const base = row(1);
    expect(verdictOf(row(1), b(base), limits).verdict).toBe('PASS');
    expect(verdictOf(row(1, { areaUm2: 1009 }), b(base), limits).verdict).toBe('PASS'); // +0.9%
    expect(verdictOf(row(1, { areaUm2: 1011 }), b(base), limits).verdict).toBe('FAIL'); // +1.1%
    expect(verdictOf(row(1, { cycles: 101 }), b(base), limits).verdict).toBe('FAIL'); // 0% allowed
    expect(verdictOf(row(1, { fmaxMHz: 490 }), b(base), limits).verdict).toBe('FAIL'); // higher is better: -2%
    expect(verdictOf(row(1, { fmaxMHz: 600, areaUm2: 900 }), b(base), limits).verdict).toBe('PASS'); // better
    // Worse than allowed but inside the level's stated noise: INCONCLUSIVE; beyond it: FAIL.
    const noisy = row(1, { energyPerMacPj: 2.08 }, { detail: { noise: { energyPerMacPj: 0.05 } } as SweepRow['detail'] });
    expect(verdictOf(noisy, b(base), limits).verdict).toBe('INCONCLUSIVE'); // +4% <= 5% noise
    const beyond = row(1, { energyPerMacPj: 2.2 }, { detail: { noise: { energyPerMacPj: 0.05 } } as SweepRow['detail'] });
    expect(verdictOf(beyond, b(base), limits).verdict).toBe('FAIL'); // +10%
    expect(verdictOf(row(1, {}, { status: 'error', diagnostic: { code: 'Y0298', message: 'x' } }), b(base), limits).verdict).toBe('ERROR');
    expect(verdictOf(row(1, {}, { status: 'invalid', diagnostic: { code: 'E0401', message: 'x' } }), b(base), limits).verdict).toBe('FAIL'); // was ok
    expect(verdictOf(row(1), undefined, limits).verdict).toBe('NEW');
  });

  it('exit codes: 0 pass, 1 a regression, 4 errors only; --update-baseline', () => {
    const dir = tempDir('gate');
    const base = join(dir, 'base.jsonl'),
      cur = join(dir, 'cur.jsonl');
    write(base, [row(1), row(2), row(3), row(9)]);
    write(cur, [row(1), row(2, { areaUm2: 1001 }), row(3), row(4)]);
    let r = tpe(['gate', cur, '--baseline', base]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('PASS 3  FAIL 0  INCONCLUSIVE 0  ERROR 0  NEW 1  REMOVED 1');
    write(cur, [row(1), row(2, {}, { status: 'error', diagnostic: { code: 'Y0298', message: 'worker died' } }), row(3)]);
    r = tpe(['gate', cur, '--baseline', base]);
    expect(r.code).toBe(4);
    expect(r.out).toContain('ERROR: some points could not be evaluated');
    write(cur, [
      row(1, { cycles: 120 }),
      row(2, {}, { status: 'error', diagnostic: { code: 'Y0298', message: 'worker died' } }),
      row(3, { areaUm2: 800 }),
    ]);
    const md = join(dir, 'summary.md');
    r = tpe(['gate', cur, '--baseline', base, '--summary', md]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL +#1 .*cycles 100 -> 120 \(\+20\.00% worse/);
    expect(readFileSync(md, 'utf8')).toContain('### Sweep gate: FAIL');
    expect(tpe(['gate', cur, '--baseline', base, '--max-regression', 'cycles=25%']).code).toBe(4);
    // --json
    const j = JSON.parse(tpe(['gate', cur, '--baseline', base, '--json']).out);
    expect(j.counts).toMatchObject({ FAIL: 1, ERROR: 1, PASS: 1 });
    // tighten takes the improvement of point 3, keeps the rest; failing accepts point 1.
    expect(tpe(['gate', cur, '--baseline', base, '--update-baseline', 'tighten']).code).toBe(0);
    expect(lines(base).map((l) => (JSON.parse(l) as SweepRow).metrics!.areaUm2)).toEqual([1000, 1000, 800, 1000]);
    expect(tpe(['gate', cur, '--baseline', base, '--update-baseline', 'failing']).code).toBe(0);
    expect(lines(base).map((l) => (JSON.parse(l) as SweepRow).metrics!.cycles)).toEqual([120, 100, 100, 100]);
    expect(tpe(['gate', cur, '--baseline', base]).code).toBe(4); // only the error is left
    expect(tpe(['gate', cur, '--baseline', base, '--update-baseline', 'all']).code).toBe(0);
    expect(readFileSync(base, 'utf8')).toBe(readFileSync(cur, 'utf8'));
    // Usage errors.
    expect(tpe(['gate', cur, '--baseline', base, '--max-regression', 'aera=1%']).code).toBe(2);
    expect(tpe(['gate', cur, '--baseline', base, '--update-baseline', 'some']).code).toBe(2);
  });

  it('summary counts by metric', () => {
    const dir = tempDir('gate2');
    write(join(dir, 'b.jsonl'), [row(1), row(2)]);
    write(join(dir, 'c.jsonl'), [row(1, { areaUm2: 1100 }), row(2, { areaUm2: 900 })]);
    const g = gate(join(dir, 'c.jsonl'), join(dir, 'b.jsonl'), limits);
    expect(g.byMetric.find((m) => m.metric === 'areaUm2')).toMatchObject({ worse: 1, better: 1 });
    expect(g.exitCode).toBe(1);
  });
});
