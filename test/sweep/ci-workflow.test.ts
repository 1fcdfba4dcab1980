// examples/ci/sweep.yml, run here step by step: every `run:` of the sweep job (once per matrix
// shard) and of the gate job, in a copy of the repository layout, with `npx tpe` as this
// checkout's CLI and GitHub's files ($GITHUB_STEP_SUMMARY, $GITHUB_OUTPUT) as temporary files.
// `uses:` steps (checkout, node, artifacts) are GitHub's own and are skipped: the shards' folders
// are already where the download would put them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SweepRow } from '../../sweep/row.js';
import { ROOT, TPE, tempDir } from './helpers.js';

interface Step {
  name?: string;
  run?: string;
  id?: string;
  uses?: string;
}
interface Workflow {
  env: Record<string, string | number>;
  jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; steps: Step[] }>;
}

function runSteps(steps: Step[], cwd: string, env: Record<string, string>, vars: Record<string, string>): number {
  for (const s of steps) {
    if (!s.run || s.run.trim() === 'npm ci') continue;
    let script = s.run.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e: string) => {
      if (e.startsWith('steps.')) {
        const out = readFileSync(env.GITHUB_OUTPUT, 'utf8');
        return /code=(\d+)/.exec(out)?.[1] ?? '';
      }
      return vars[e] ?? '';
    });
    script = script.replace(/npx tpe /g, `"${process.execPath}" "${TPE}" `);
    const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (r.status !== 0) return r.status ?? -1;
  }
  return 0;
}

describe('examples/ci/sweep.yml', () => {
  it('shards, merge, Pareto, gate, report: passes against its own baseline, fails on a regression', () => {
    const wf = parse(readFileSync(join(ROOT, 'examples', 'ci', 'sweep.yml'), 'utf8')) as Workflow;
    const work = tempDir('ci-wf');
    // The repository as the workflow sees it: the spec and the designs at the same paths.
    execFileSync('cp', ['-r', join(ROOT, 'examples'), join(work, 'examples')]);
    const env = Object.fromEntries(Object.entries(wf.env).map(([k, v]) => [k, String(v)]));
    const gh = (tag: string) => ({
      ...env,
      GITHUB_STEP_SUMMARY: join(work, `${tag}-summary.md`),
      GITHUB_OUTPUT: join(work, `${tag}-output.txt`),
    });
    for (const shard of wf.jobs.sweep.strategy!.matrix.shard) {
      expect(runSteps(wf.jobs.sweep.steps, work, gh('sweep'), { 'matrix.shard': String(shard), 'env.SHARDS': env.SHARDS })).toBe(0);
    }
    // No baseline yet: the gate job passes and says how to make one.
    let e = gh('first');
    writeFileSync(e.GITHUB_OUTPUT, '');
    expect(runSteps(wf.jobs.gate.steps, work, e, {})).toBe(0);
    expect(readFileSync(e.GITHUB_STEP_SUMMARY, 'utf8')).toContain('No baseline at sweeps/baseline.jsonl yet');
    const all = readFileSync(join(work, 'all.jsonl'), 'utf8');
    expect(all.split('\n').filter(Boolean)).toHaveLength(160);
    // Commit it as the baseline: the gate passes.
    mkdirSync(join(work, 'sweeps'));
    writeFileSync(join(work, 'sweeps', 'baseline.jsonl'), all);
    e = gh('pass');
    writeFileSync(e.GITHUB_OUTPUT, '');
    expect(runSteps(wf.jobs.gate.steps, work, e, {})).toBe(0);
    const md = readFileSync(e.GITHUB_STEP_SUMMARY, 'utf8');
    expect(md).toContain('### Sweep gate: PASS');
    expect(md).toContain('## Sweep report');
    // A baseline 5% smaller in area than what the branch gives: the gate fails the check (exit 1).
    const smaller = all
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const r = JSON.parse(l) as SweepRow;
        return r.metrics ? JSON.stringify({ ...r, metrics: { ...r.metrics, areaUm2: r.metrics.areaUm2! * 0.95 } }) : l;
      });
    writeFileSync(join(work, 'sweeps', 'baseline.jsonl'), smaller.join('\n') + '\n');
    e = gh('fail');
    writeFileSync(e.GITHUB_OUTPUT, '');
    expect(runSteps(wf.jobs.gate.steps, work, e, {})).toBe(1);
    expect(readFileSync(e.GITHUB_STEP_SUMMARY, 'utf8')).toContain('### Sweep gate: FAIL');
    expect(JSON.parse(readFileSync(join(work, 'gate.json'), 'utf8')).counts.FAIL).toBe(120);
  }, 300_000);
});
