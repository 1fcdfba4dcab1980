// `tpe reproduce` (issue 11): the JSON fields of every row, determinism, the Markdown's splice of
// the generated part, bad input, and `tpe report` reading the output. Estimate level only here;
// the --synth level has its own test (reproduce-synth.test.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { BEGIN_MARK, END_MARK, REPRODUCE_PAIRS, topsPerMm2 } from '../../pipeline/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

async function run(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd,
    isTTY: false,
  });
  return { code, out, err };
}

interface Row {
  architecture: string;
  baseline: string;
  variant: string;
  level: string;
  areaEfficiency: { published: number; measured: number };
  energyEfficiency: { published: number; measured: number };
  clockMHz: { baseline: number; variant: number };
  isoClock: { clockMHz: number; areaEfficiency: number; energyEfficiency: number; areaUm2: { baseline: number; variant: number } };
  designs: Record<
    'baseline' | 'variant',
    {
      file: string;
      areaUm2: number;
      clockMHz: number;
      macsPerCycle: number;
      energyPerMacPj: number;
      topsPerMm2: number;
      array: { rows: number; cols: number; depth: number };
    }
  >;
}

const SMALL = ['reproduce', '--small', '--gemm', '16x16x32', '--json'];

describe('tpe reproduce (estimate level)', () => {
  it("prints one row per pair with the issue's JSON fields, each ratio from its designs' figures", async () => {
    const r = await run(SMALL);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { rows: Row[] };
    expect(j.rows.length).toBe(REPRODUCE_PAIRS.length);
    j.rows.forEach((row, i) => {
      const p = REPRODUCE_PAIRS[i];
      expect(row.architecture).toBe(p.architecture);
      expect(row.baseline).toBe(p.small?.baseline ?? p.baseline);
      expect(row.variant).toBe(p.small?.variant ?? p.variant);
      expect(row.level).toBe('estimate');
      expect(row.areaEfficiency.published).toBe(p.published.areaEfficiency);
      expect(row.energyEfficiency.published).toBe(p.published.energyEfficiency);
      const { baseline: b, variant: v } = row.designs;
      expect(row.clockMHz).toEqual({ baseline: b.clockMHz, variant: v.clockMHz });
      for (const d of [b, v]) {
        expect(d.array.rows * d.array.cols * d.array.depth).toBeLessThanOrEqual(8);
        expect(d.topsPerMm2).toBeCloseTo(topsPerMm2(d.macsPerCycle, d.clockMHz, d.areaUm2), 2);
      }
      expect(row.areaEfficiency.measured).toBeCloseTo(v.topsPerMm2 / b.topsPerMm2, 2);
      expect(row.energyEfficiency.measured).toBeCloseTo(b.energyPerMacPj / v.energyPerMacPj, 2);
      // Iso-clock: both at one clock, no faster than either design can run.
      expect(row.isoClock.clockMHz).toBeLessThanOrEqual(Math.min(b.clockMHz, v.clockMHz) + 1e-9);
      expect(row.isoClock.areaEfficiency).toBeCloseTo(
        v.macsPerCycle / row.isoClock.areaUm2.variant / (b.macsPerCycle / row.isoClock.areaUm2.baseline),
        3,
      );
    });
  });

  it('same input, same bytes (JSON and Markdown)', async () => {
    const a = await run(SMALL),
      b = await run(SMALL);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const md = ['reproduce', '--small', '--gemm', '16x16x32'];
    const c = await run(md),
      d = await run(md);
    expect(c.code).toBe(0);
    expect(c.out).toBe(d.out);
    expect(c.out).toContain(BEGIN_MARK);
    expect(c.out).toContain('Iso-clock view');
    expect(c.out).toContain('tpe reproduce --small --gemm 16x16x32');
  });

  it('-o keeps a hand-written analysis outside the markers and replaces the generated part', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpe-repro-'));
    const f = join(dir, 'REPRODUCTION.md');
    writeFileSync(f, `# Mine\n\nintro by hand\n\n${BEGIN_MARK}\nstale numbers\n${END_MARK}\n\n## Analysis\n\nby hand too\n`);
    const r = await run(['reproduce', '--small', '--gemm', '8x8x16', '-o', f]);
    expect(r.code).toBe(0);
    const t = readFileSync(f, 'utf8');
    expect(t.startsWith('# Mine\n\nintro by hand\n\n')).toBe(true);
    expect(t).not.toContain('stale numbers');
    expect(t).toContain('## Analysis\n\nby hand too\n');
    expect(t).toContain('| systolic OS, OPT1 |');
  });

  it('tpe report reads the JSON: variants paired with their baselines, published ratios beside the measured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpe-repro-'));
    const f = join(dir, 'r.json');
    expect((await run([...SMALL.filter((x) => x !== '--json'), '--json', '-o', f])).code).toBe(0);
    const j = JSON.parse(readFileSync(f, 'utf8')) as { rows: Row[] };
    const r = await run(['report', f, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('### Measured vs published');
    // The first pair's measured area-efficiency ratio, as the report computes it from its rows.
    const row0 = j.rows[0];
    expect(r.out).toContain(
      `| ${row0.variant.replace('.tpe', '').replace(/_/g, '\\_')} | ${row0.baseline.replace('.tpe', '').replace(/_/g, '\\_')} | estimate | ${row0.areaEfficiency.measured.toFixed(2)}× | ${row0.areaEfficiency.published.toFixed(2)}× |`,
    );
    const html = await run(['report', f, '-o', join(dir, 'r.html')]);
    expect(html.code).toBe(0);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('"published"');
  });

  it('--pair picks comparisons by a word of their architecture or their number', async () => {
    const r = await run([...SMALL, '--pair', 'cube', '1']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { rows: Row[] };
    expect(j.rows.map((x) => x.architecture)).toEqual(
      REPRODUCE_PAIRS.filter((p, i) => i === 0 || p.architecture.includes('Cube')).map((p) => p.architecture),
    );
    const bad = await run([...SMALL, '--pair', 'nosuch']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no comparison matches "nosuch"');
  });

  it('bad input: a bad shape is a usage error, a table without a clock in MHz is an input error', async () => {
    const a = await run(['reproduce', '--gemm', '0x1x1']);
    expect(a.code).toBe(2);
    expect(a.err).toContain('--gemm');
    const b = await run(['reproduce', '--tech', 'generic']);
    expect(b.code).toBe(1);
    expect(b.err).toContain('ps and fJ');
    const c = await run(['reproduce', '--sample-macs', 'lots']);
    expect(c.code).toBe(2);
    for (const x of [a, b, c]) expect(x.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('the default run: every pair on 256x256x256 normal(0,20), each design at its own fmax', async () => {
    const r = await run(['reproduce', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { workload: { gemm: string; data: string }; rows: Row[] };
    expect(j.workload).toMatchObject({ gemm: '256x256x256', data: 'normal:0,20' });
    for (const row of j.rows) {
      expect(row.designs.baseline.file).toBe(row.baseline);
      expect(row.areaEfficiency.measured).toBeGreaterThan(0);
      expect(row.energyEfficiency.measured).toBeGreaterThan(0);
    }
  });
});
