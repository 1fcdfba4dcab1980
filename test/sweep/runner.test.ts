// The runner for real: worker threads, a child process killed with SIGKILL at random moments,
// shards merged and compared byte for byte with the unsharded run.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowLine } from '../../sweep/emit.js';
import { runSweep } from '../../sweep/runner.js';
import type { SweepRow } from '../../sweep/row.js';
import { ROOT, TPE, lines, specOf, specYaml, tempDir, tpe, writeSpec } from './helpers.js';

// 100 design combinations x 20 GEMMs = 2000 points at the sim level (each point a real stepped
// simulation, so a run takes seconds: long enough to be killed in the middle many times).
const RESUME_SPEC = specYaml(
  ['sa_os.tpe', 'sa_ws.tpe', 'cube.tpe', 'adder_tree.tpe', 'matrix2d.tpe'],
  [
    'level: sim',
    'kLimit: accumulator',
    'axes:',
    '  rows: [2, 4, 8, 16, 32]',
    '  cols: [4, 8]',
    '  opt: [none, opt1]',
    'workloads:',
    '  - gemms: [1x16x16, 2x16x32, 4x32x16, 8x32x32, 16x64x16, 3x20x17, 5x17x9, 32x32x32, 9x9x9, 12x40x24]',
    '    data: ["normal:0,20", uniform]',
    '',
  ].join('\n'),
);

const sorted = (p: string) => lines(p).sort();

describe('sweep runner', () => {
  it('worker threads and the in-thread evaluator write the same rows; rows have the documented form', async () => {
    const spec = await specOf(
      specYaml(
        ['sa_os.tpe', 'bitslice_opt3.tpe'],
        'axes:\n  rows: [4, 8]\n  opt: [none, opt1]\nworkloads: [{ gemms: [8x8x8, 16x32x64] }, { model: "llama-3-8b:decode" }]\n',
      ),
    );
    const dir = tempDir('runner');
    const a = await runSweep({ spec, out: join(dir, 'a'), workers: 0 });
    const b = await runSweep({ spec, out: join(dir, 'b'), workers: 2, batch: 3 });
    expect(a.result!.written).toBe(2 * 2 * 2 * 6);
    expect(sorted(join(dir, 'a', 'rows.jsonl'))).toEqual(sorted(join(dir, 'b', 'rows.jsonl')));
    const rows = lines(join(dir, 'a', 'rows.jsonl')).map((l) => [l, JSON.parse(l) as SweepRow] as const);
    for (const [l, r] of rows) {
      expect(rowLine(r)).toBe(l); // the fast path builds exactly rowLine's bytes
      expect(r).toHaveProperty('key');
      expect(['ok', 'invalid', 'error']).toContain(r.status);
      if (r.status === 'ok') {
        for (const m of ['areaUm2', 'fmaxMHz', 'cycles', 'energyPerMacPj', 'topsPerMm2', 'topsPerW'])
          expect(typeof r.metrics![m as 'cycles']).toBe('number');
        expect(r.detail!.limiting.length).toBeGreaterThan(0);
      } else expect(r.diagnostic!.code).toMatch(/^[A-Z]\d{4}$/);
    }
    // OPT1 on the bit-slice design does not apply, and Llama's down projection (K = 14336) is
    // beyond the examples' declared `workload K <= 4096`: invalid rows with the reason.
    const invalid = rows.filter(([, r]) => r.status === 'invalid').map(([, r]) => r);
    expect(
      invalid
        .filter((r) => r.diagnostic!.code === 'E0401')
        .every((r) => r.design.file.endsWith('bitslice_opt3.tpe') && r.params.opt === 'opt1'),
    ).toBe(true);
    expect(invalid.filter((r) => r.diagnostic!.code === 'S0110').every((r) => r.workload.K === 14336)).toBe(true);
    expect(invalid.filter((r) => r.diagnostic!.code === 'E0401')).toHaveLength(2 * 6);
    expect(invalid.every((r) => r.diagnostic!.code === 'E0401' || r.diagnostic!.code === 'S0110')).toBe(true);
    // Zero-skip cycles from a distribution are expected values, flagged with their noise.
    const bs = rows.find(([, r]) => r.status === 'ok' && r.detail!.architecture === 'bitslice')![1];
    expect(bs.detail!.cyclesExact).toBe(false);
    expect(bs.detail!.noise!.cycles).toBeGreaterThan(0);
  });

  it('resumes after SIGKILL at random moments: no row lost, none duplicated', async () => {
    const dir = tempDir('resume');
    const specPath = writeSpec(dir, RESUME_SPEC);
    // The uninterrupted run, through the CLI as the killed ones: its time sets the kill moments.
    const t0 = performance.now();
    expect(tpe(['sweep', specPath, '-o', join(dir, 'ref'), '-q', '--batch', '8']).code).toBe(0);
    const T = performance.now() - t0;
    expect(lines(join(dir, 'ref', 'rows.jsonl'))).toHaveLength(2000);
    const out = join(dir, 'killed');
    const rowsPath = join(out, 'rows.jsonl');
    const seed = Date.now() % 100000;
    const fractions = fc.sample(fc.double({ min: 0.15, max: 0.95, noNaN: true }), { seed, numRuns: 40 });
    let interrupted = 0,
      attempts = 0;
    const counts: number[] = [];
    const count = () => (existsSync(rowsPath) ? readFileSync(rowsPath, 'utf8').split('\n').length - 1 : 0);
    // Up to 40 tries: on a loaded machine many kills land before start-up is over (no row yet)
    // or after a run that went faster than the reference finished.
    while (interrupted < 3 && attempts < fractions.length) {
      // A random moment of a run (a resumed run has less left, so later kills come earlier, but
      // not before start-up is over).
      const left = Math.max(0.35, 1 - count() / 2000);
      const delay = fractions[attempts++] * T * left;
      const child = spawn(process.execPath, [TPE, 'sweep', specPath, '-o', out, '-q', '--batch', '8'], { cwd: ROOT, stdio: 'ignore' });
      let code: number | null | undefined;
      const exited = new Promise<void>((res) =>
        child.on('exit', (c) => {
          code = c;
          res();
        }),
      );
      const before = count();
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await exited;
      clearTimeout(timer);
      const n = count();
      counts.push(n);
      if (code === 0) {
        // Finished before the kill (this run was faster than the reference): nothing was
        // interrupted in the file that now exists, so start over with a fresh output.
        rmSync(out, { recursive: true, force: true });
        interrupted = 0;
        continue;
      }
      if (n > before && n < 2000) interrupted++;
    }
    console.info(`resume test: seed ${seed}, rows after each kill: ${counts.join(', ')}`);
    // Finish the run, then compare with the uninterrupted one.
    expect(tpe(['sweep', specPath, '-o', out, '-q']).code).toBe(0);
    const got = lines(rowsPath);
    expect(got.length, `seed ${seed}, rows after each kill: ${counts.join(', ')}`).toBe(2000);
    expect(got.sort()).toEqual(sorted(join(dir, 'ref', 'rows.jsonl')));
    expect(interrupted, `seed ${seed}: kills that landed mid-run (rows after each: ${counts.join(', ')})`).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it('a torn last line is cut and its point evaluated again', async () => {
    const spec = await specOf(specYaml(['sa_os.tpe'], 'axes:\n  rows: [4, 8]\nworkloads: [{ gemms: [8x8x8, 16x16x16, 4x4x64] }]\n'));
    const dir = tempDir('torn');
    await runSweep({ spec, out: join(dir, 'a'), workers: 0 });
    const full = lines(join(dir, 'a', 'rows.jsonl'));
    await runSweep({ spec, out: join(dir, 'b'), workers: 0, restart: true });
    // Simulate a kill in the middle of a write: drop the last row, leave half of it.
    const rowsB = join(dir, 'b', 'rows.jsonl');
    const keep = full.slice(0, 4);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(rowsB, keep.join('\n') + '\n' + full[4].slice(0, 40));
    const r = await runSweep({ spec, out: join(dir, 'b'), workers: 0 });
    expect(r.result).toMatchObject({ resumed: 4, written: 2, repairedBytes: 40 });
    expect(lines(rowsB).sort()).toEqual([...full].sort());
  });

  it('refuses to resume into the output of another spec; --restart starts over', async () => {
    const dir = tempDir('other');
    const s1 = await specOf(specYaml(['sa_os.tpe'], 'workloads: [{ gemm: 8x8x8 }]\n'));
    const s2 = await specOf(specYaml(['sa_os.tpe'], 'workloads: [{ gemm: 8x8x16 }]\n'));
    await runSweep({ spec: s1, out: dir, workers: 0 });
    const r = await runSweep({ spec: s2, out: dir, workers: 0 });
    expect(r.diagnostics[0].code).toBe('Y0503');
    expect((await runSweep({ spec: s2, out: dir, workers: 0, restart: true })).result!.written).toBe(1);
  });

  it('a point that kills its worker becomes an error row and the sweep goes on', () => {
    const dir = tempDir('crash');
    const p = writeSpec(dir, specYaml(['sa_os.tpe'], 'axes:\n  rows: [4, 8]\nworkloads: [{ gemms: [8x8x8, 16x16x16, 4x4x64] }]\n'));
    const r = tpe(['sweep', p, '-o', join(dir, 'out'), '-q', '--workers', '2'], { env: { TPE_SWEEP_CRASH_INDEX: '4' } });
    expect(r.code).toBe(0);
    expect(r.out).toContain('ok 5, invalid 0, error 1');
    const rows = lines(join(dir, 'out', 'rows.jsonl')).map((l) => JSON.parse(l) as SweepRow);
    expect(rows).toHaveLength(6);
    expect(rows.find((x) => x.index === 4)).toMatchObject({ status: 'error', diagnostic: { code: 'Y0298' } });
  });

  it('shards 1/3, 2/3, 3/3 merged equal the unsharded run; merge names missing points', async () => {
    const dir = tempDir('shards');
    const p = writeSpec(
      dir,
      specYaml(
        ['sa_os.tpe', 'sa_ws.tpe', 'bitslice_opt4c.tpe'],
        'axes:\n  rows: [4, 8]\n  cols: [4, 8]\nworkloads: [{ gemms: [8x8x8, 16x16x16] }, { model: "mistral-7b:decode" }]\nkLimit: accumulator\n',
      ),
    );
    expect(tpe(['sweep', p, '-o', join(dir, 'all'), '-q']).code).toBe(0);
    for (const i of [1, 2, 3]) expect(tpe(['sweep', p, '-o', join(dir, `s${i}`), '--shard', `${i}/3`, '-q']).code).toBe(0);
    expect(tpe(['merge', join(dir, 'all'), '-o', join(dir, 'all.jsonl')]).code).toBe(0);
    const m = tpe(['merge', join(dir, 's1'), join(dir, 's2'), join(dir, 's3'), '-o', join(dir, 'merged.jsonl')]);
    expect(m.code).toBe(0);
    expect(readFileSync(join(dir, 'merged.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'all.jsonl'), 'utf8'));
    expect(lines(join(dir, 'merged.jsonl')).map((l) => (JSON.parse(l) as SweepRow).index)).toEqual([...Array(72).keys()]);
    // Without shard 3: the missing points are counted and named.
    const miss = tpe(['merge', join(dir, 's1'), join(dir, 's2'), '-o', join(dir, 'part.jsonl')]);
    expect(miss.code).toBe(1);
    expect(miss.err).toMatch(/error\[Y0605\]: 24 points are missing:\n {2}#\d+: .*\.tpe rows=\d cols=\d on /);
    // A shard merged twice is fine (identical rows); another spec's shard is refused.
    expect(tpe(['merge', join(dir, 's1'), join(dir, 's1'), join(dir, 's2'), join(dir, 's3'), '-o', join(dir, 'dup.jsonl')]).out).toContain(
      'identical duplicate rows dropped',
    );
    const other = writeSpec(dir, specYaml(['sa_os.tpe'], 'workloads: [{ gemm: 8x8x8 }]\n'), 'other.yaml');
    tpe(['sweep', other, '-o', join(dir, 'o'), '-q']);
    const x = tpe(['merge', join(dir, 's1'), join(dir, 'o'), '-o', join(dir, 'x.jsonl')]);
    expect(x.code).toBe(1);
    expect(x.err).toContain('Y0602');
    appendFileSync(join(dir, 'x.jsonl'), '');
  }, 300_000);
});
