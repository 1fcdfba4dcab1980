// The fidelity levels on real inputs: fast against the stepped simulator, sim with sampled tiles,
// synth through Yosys with its content cache, and a real tensor's digit statistics driving a
// zero-skip design's cycles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../sweep/runner.js';
import type { SweepRow } from '../../sweep/row.js';
import { encodeSafetensors } from '../../workload/index.js';
import { parseSpecText } from '../../sweep/spec.js';
import { EXAMPLES, lines, specOf, specYaml, tempDir } from './helpers.js';

const rowsOf = (dir: string) =>
  lines(join(dir, 'rows.jsonl'))
    .map((l) => JSON.parse(l) as SweepRow)
    .sort((a, b) => a.index - b.index);

describe('fidelity levels', () => {
  it('sim equals fast on data-independent designs; big GEMMs are sampled and say so', async () => {
    const body = (level: string) =>
      `level: ${level}\nkLimit: accumulator\nsim: { maxMacs: 100000, tiles: 3 }\nworkloads: [{ gemms: [9x7x33, 64x64x64, 16x512x256] }]\n`;
    const dir = tempDir('levels');
    const designs = ['sa_os.tpe', 'sa_ws_opt2.tpe', 'cube.tpe', 'bitslice_opt3.tpe'];
    await runSweep({ spec: await specOf(specYaml(designs, body('fast'))), out: join(dir, 'f'), workers: 0 });
    await runSweep({ spec: await specOf(specYaml(designs, body('sim'))), out: join(dir, 's'), workers: 0 });
    const f = rowsOf(join(dir, 'f')),
      s = rowsOf(join(dir, 's'));
    expect(s.every((r) => r.status === 'ok' && r.level === 'sim')).toBe(true);
    for (let i = 0; i < f.length; i++) {
      const zs = f[i].detail!.architecture === 'bitslice';
      if (!zs) expect(s[i].metrics!.cycles, `${f[i].design.name} ${f[i].workload.gemm}`).toBe(f[i].metrics!.cycles);
      else expect(Math.abs(s[i].metrics!.cycles / f[i].metrics!.cycles - 1)).toBeLessThan(0.1); // expected value vs the data
      expect(s[i].metrics!.areaUm2).toBe(f[i].metrics!.areaUm2);
      // Energy of the fast level (a small simulated sample) within 25% of the simulated GEMM.
      expect(Math.abs(s[i].metrics!.energyPerMacPj! / f[i].metrics!.energyPerMacPj! - 1)).toBeLessThan(0.25);
    }
    const big = s.filter((r) => r.metrics!.macs > 100000);
    expect(big.length).toBe(8);
    expect(big.every((r) => r.detail!.sampling?.tiles === 3 && r.detail!.sampling.of > 3)).toBe(true);
    expect(s.filter((r) => r.metrics!.macs <= 100000).every((r) => r.detail!.sampling === undefined)).toBe(true);
  }, 300_000);

  it('activity: timed prices the glitch term into every row; nothing else moves; the default spec hashes as before', async () => {
    const body = (extra: string) => `${extra}workloads: [{ gemms: [16x16x32] }]\n`;
    const dir = tempDir('timed');
    const designs = ['sa_os.tpe', 'sa_os_opt1.tpe'];
    const zs = await specOf(specYaml(designs, body('')));
    const ts = await specOf(specYaml(designs, body('activity: timed\n')));
    expect(zs.activity).toBeUndefined();
    expect(ts.activity).toBe('timed');
    expect(ts.hash).not.toBe(zs.hash);
    expect((await specOf(specYaml(designs, body('activity: toggles\n')))).hash).toBe(zs.hash);
    await runSweep({ spec: zs, out: join(dir, 'z'), workers: 0 });
    await runSweep({ spec: ts, out: join(dir, 't'), workers: 0 });
    const z = rowsOf(join(dir, 'z')),
      t = rowsOf(join(dir, 't'));
    expect(t.length).toBe(z.length);
    for (let i = 0; i < t.length; i++) {
      expect(t[i].status).toBe('ok');
      expect(t[i].metrics!.energyPerMacPj!).toBeGreaterThan(z[i].metrics!.energyPerMacPj!);
      expect(t[i].metrics!.areaUm2).toBe(z[i].metrics!.areaUm2);
      expect(t[i].metrics!.cycles).toBe(z[i].metrics!.cycles);
    }
    const bad = await parseSpecText(specYaml(designs, body('activity: glitchy\n')), 'spec.yaml', EXAMPLES);
    expect(bad.spec).toBeUndefined();
    expect(bad.diagnostics[0]?.message).toMatch(/activity/);
  }, 120_000);

  it('a real tensor: its histogram drives the zero-skip cycles (sparser data, fewer cycles)', async () => {
    const dir = tempDir('tensor');
    // Two 64x64 int8 weight tensors: one mostly zeros and powers of two, one dense.
    const sparse = Int8Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0 : i % 3 === 1 ? 4 : -16));
    const dense = Int8Array.from({ length: 4096 }, (_, i) => ((i * 37) % 255) - 127);
    writeFileSync(
      join(dir, 'w.safetensors'),
      encodeSafetensors([
        { name: 'sparse', dtype: 'I8', shape: [64, 64], data: new Uint8Array(sparse.buffer) },
        { name: 'dense', dtype: 'I8', shape: [64, 64], data: new Uint8Array(dense.buffer) },
      ]),
    );
    const spec = await specOf(
      specYaml(
        ['bitslice_opt3.tpe', 'sa_os.tpe'],
        [
          'workloads:',
          `  - { tensor: ${join(dir, 'w.safetensors')}#sparse, operand: a, layout: mk, m: 16 }`,
          `  - { tensor: ${join(dir, 'w.safetensors')}#dense, operand: a, layout: mk, m: 16 }`,
          '',
        ].join('\n'),
      ),
    );
    for (const level of ['fast', 'sim'] as const) {
      await runSweep({ spec: { ...spec, level }, out: join(dir, level), workers: 0 });
      const r = rowsOf(join(dir, level));
      expect(r.map((x) => [x.status, x.workload.M, x.workload.N, x.workload.K])).toEqual([
        ['ok', 64, 16, 64],
        ['ok', 64, 16, 64],
        ['ok', 64, 16, 64],
        ['ok', 64, 16, 64],
      ]);
      expect(r[0].workload.data).toMatch(/^a=empirical:[0-9a-f]{12};b=normal:0,20$/);
      expect(r[0].metrics!.cycles, level).toBeLessThan(r[1].metrics!.cycles * 0.8); // zero-skip: sparse faster
      expect(r[2].metrics!.cycles).toBe(r[3].metrics!.cycles); // systolic: data-independent
    }
  }, 120_000);

  it('synth: Yosys area and critical path, cached by content', async () => {
    const dir = tempDir('synth');
    const spec = await specOf(
      specYaml(
        ['sa_os.tpe'],
        `level: synth\nsynth: { cache: ${join(dir, 'cache')} }\naxes:\n  rows: [2]\n  cols: [2]\nworkloads: [{ gemms: [8x8x8, 4x4x16] }]\n`,
      ),
    );
    const t0 = performance.now();
    await runSweep({ spec, out: join(dir, 'a'), workers: 0 });
    const first = performance.now() - t0;
    const r = rowsOf(join(dir, 'a'));
    expect(r.map((x) => x.status)).toEqual(['ok', 'ok']);
    expect(r[0].level).toBe('synth');
    expect(r[0].detail!.limiting).toMatch(/^synthesis: /);
    expect(r[0].detail!.area[0][0]).toBe('cells (synthesis)');
    expect(r[0].metrics!.areaUm2).toBeGreaterThan(1000);
    const t1 = performance.now();
    await runSweep({ spec, out: join(dir, 'b'), workers: 0 });
    expect(performance.now() - t1).toBeLessThan(first); // read back from the cache
    expect(lines(join(dir, 'b', 'rows.jsonl'))).toEqual(lines(join(dir, 'a', 'rows.jsonl')));
  }, 300_000);
});

describe('constraints and kept metrics', () => {
  it('a point outside a constraint is an invalid row that keeps its metrics; metrics: selects extras', async () => {
    const dir = tempDir('constraints');
    const spec = await specOf(
      specYaml(
        ['sa_os.tpe'],
        'axes:\n  rows: [2, 16]\nconstraints: ["areaUm2 <= 300000", "fmaxMHz > 1"]\nmetrics: [latencyUs]\nworkloads: [{ gemm: 16x16x16 }]\n',
      ),
    );
    await runSweep({ spec, out: dir, workers: 0 });
    const [small, big] = rowsOf(dir);
    expect(small.status).toBe('ok');
    expect(big).toMatchObject({ status: 'invalid', diagnostic: { code: 'Y0301' } });
    expect(big.diagnostic!.message).toMatch(/^outside the constraint areaUm2 <= 300000 \(areaUm2 = \d+\.?\d*\)$/);
    expect(big.metrics!.areaUm2).toBeGreaterThan(300000);
    expect(Object.keys(small.metrics!)).toEqual(['areaUm2', 'fmaxMHz', 'cycles', 'energyPerMacPj', 'topsPerMm2', 'topsPerW', 'latencyUs']);
  });
});
