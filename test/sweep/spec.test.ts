import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { loadSpec, parseSpecText, sweepSchema } from '../../sweep/spec.js';
import { PointSpace } from '../../sweep/points.js';
import { EXAMPLES, ROOT, specYaml, tempDir, tpe, writeSpec } from './helpers.js';

async function diags(text: string) {
  const r = await parseSpecText(text, 'bad.yaml', EXAMPLES);
  expect(r.spec).toBeUndefined();
  return r.diagnostics;
}

describe('sweep spec', () => {
  it('the published schema is a valid JSON Schema', () => {
    const s = { ...sweepSchema() };
    delete s.$schema;
    expect(() => new Ajv({ strict: false }).compile(s)).not.toThrow();
  });

  it('every example spec loads and states its point count in its comment', async () => {
    const dir = join(EXAMPLES, 'sweeps');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
      const r = await loadSpec(join(dir, f));
      expect(r.diagnostics, f).toEqual([]);
      expect(new PointSpace(r.spec!).points, f).toBeGreaterThan(100);
    }
  });

  it('an unknown key gets file:line:col and "did you mean"', async () => {
    const d = await diags(specYaml(['sa_os.tpe'], 'levle: fast\naxes:\n  colz: [8]\nworkloads: [{ gemm: 8x8x8 }]\n'));
    expect(d.map((x) => [x.code, x.span?.start.line, x.span?.start.col, x.hint])).toEqual([
      ['Y0102', 2, 1, "did you mean 'level'?"],
      ['Y0102', 4, 3, "did you mean 'cols'?"],
    ]);
  });

  it('a bad value is placed on the value, with the allowed ones and a guess', async () => {
    const d = await diags(specYaml(['sa_os.tpe'], 'axes:\n  encoding: [booth, ent]\nworkloads: [{ gemm: 8x8x8 }]\n'));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'Y0104', span: { start: { line: 3, col: 14 } }, hint: "did you mean 'booth4'?" });
    expect(d[0].expected).toContain('binary, booth4, ent');
  });

  it('of two alternative forms, only the one the value takes is reported', async () => {
    const d = await diags(specYaml(['sa_os.tpe'], 'axes:\n  rows: {from: 4, to: 8, stp: 2}\nworkloads: [{ gemm: 8x8x8 }]\n'));
    expect(d.map((x) => [x.code, x.span?.start.line, x.span?.start.col, x.hint])).toEqual([['Y0102', 3, 26, "did you mean 'step'?"]]);
  });

  it('YAML syntax errors have positions', async () => {
    const d = await diags('designs: [a.tpe\nworkloads: 3\n');
    expect(d[0].code).toBe('Y0101');
    expect(d[0].span?.start.line).toBeGreaterThanOrEqual(1);
  });

  it('semantic problems: missing files, unknown models, bad distributions, metric names', async () => {
    const text = [
      `designs: [${join(EXAMPLES, 'sa_os.tpe')}, nope.tpe]`,
      'constraints: ["area <= 5"]',
      'data: gauss',
      'workloads:',
      '  - model: llama-3-8x:decode',
      '  - {gemm: 4x4x4, model: llama-3-8b:decode}',
      '',
    ].join('\n');
    const d = await diags(text);
    expect(d.map((x) => [x.code, x.span?.start.line, x.span?.start.col])).toEqual([
      ['Y0105', 1, text.indexOf('nope.tpe') + 1],
      ['Y0104', 2, 15],
      ['Y0106', 3, 7],
      ['T0102', 5, 12],
      ['Y0103', 6, 5],
    ]);
    expect(d.find((x) => x.code === 'T0102')?.hint).toBe("did you mean 'llama-3-8b'?");
    expect(d.find((x) => x.code === 'Y0104')?.hint).toBe("did you mean 'areaUm2'?");
  });

  it('normalization: ranges expand, duplicates collapse, the hash follows the content', async () => {
    const a = await parseSpecText(
      specYaml(
        ['sa_os.tpe'],
        'axes:\n  rows: {from: 4, to: 16, times: 2}\n  clock: {from: 1, to: 2, step: 0.5}\n  cols: [8, 8, 16]\nworkloads: [{ model: "llama-3-8b:prefill:batch=2,tokens=64" }]\n',
      ),
      's.yaml',
      EXAMPLES,
    );
    expect(a.spec!.axes.map((x) => [x.name, x.values])).toEqual([
      ['rows', [4, 8, 16]],
      ['clock', [1, 1.5, 2]],
      ['cols', [8, 16]],
    ]);
    expect(a.spec!.workloads.map((w) => [w.gemm, w.M, w.count])).toEqual([
      ['qkv', 128, 32],
      ['o', 128, 32],
      ['gate_up', 128, 32],
      ['down', 128, 32],
    ]);
    const b = await parseSpecText(
      specYaml(
        ['sa_os.tpe'],
        'axes:\n  rows: [4, 8, 16]\n  clock: [1, 1.5, 2]\n  cols: [8, 16]\nworkloads: [{ model: "llama-3-8b:prefill:batch=2,tokens=64" }]\n',
      ),
      's.yaml',
      EXAMPLES,
    );
    expect(b.spec!.hash).toBe(a.spec!.hash);
    const c = await parseSpecText(
      specYaml(
        ['sa_os.tpe'],
        'seed: 2\naxes:\n  rows: [4, 8, 16]\n  clock: [1, 1.5, 2]\n  cols: [8, 16]\nworkloads: [{ model: "llama-3-8b:prefill:batch=2,tokens=64" }]\n',
      ),
      's.yaml',
      EXAMPLES,
    );
    expect(c.spec!.hash).not.toBe(a.spec!.hash);
  });

  it('tpe sweep prints spec errors with a caret and exits 1; usage errors exit 2', () => {
    const dir = tempDir('spec');
    const p = writeSpec(dir, specYaml(['sa_os.tpe'], 'axes:\n  colz: [8]\nworkloads: [{ gemm: 8x8x8 }]\n'));
    const r = tpe(['sweep', p, '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${p}:3:3: error[Y0102]: unknown key 'colz' in axes`);
    expect(r.err).toMatch(/\n\s+\|\s+\^\^\^\^\n/);
    expect(r.err).toContain("did you mean 'cols'?");
    expect(tpe(['sweep', p, '--shard', '4/3', '-o', join(dir, 'o')]).code).toBe(2);
    expect(tpe(['sweep', p]).code).toBe(2);
    const s = tpe(['sweep', '--schema']);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.out).title).toContain('sweep spec');
    void ROOT;
  });
});

describe('examples/ci/sweep.yml', () => {
  it('is a workflow over shards of a spec that loads, with merge, gate and report steps', async () => {
    const { parse } = await import('yaml');
    const wf = parse(readFileSync(join(ROOT, 'examples', 'ci', 'sweep.yml'), 'utf8')) as {
      env: Record<string, string | number>;
      jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; steps: { run?: string }[] }>;
    };
    expect(wf.jobs.sweep.strategy!.matrix.shard).toHaveLength(Number(wf.env.SHARDS));
    const runs = Object.values(wf.jobs)
      .flatMap((j) => j.steps.map((s) => s.run ?? ''))
      .join('\n');
    for (const c of ['tpe sweep', 'tpe merge', 'tpe pareto', 'tpe gate', 'tpe report']) expect(runs).toContain(c);
    expect((await loadSpec(join(ROOT, String(wf.env.SPEC)))).diagnostics).toEqual([]);
  });
});
