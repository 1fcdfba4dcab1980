// Import direction is a rule a test can check (README, "Import direction"): the IR imports
// nothing of ours; back ends import the IR (and the simulator where they reuse its arithmetic);
// the pipeline composes the back ends; cli may import everything; nothing imports cli, test,
// scripts or generated. Every top-level folder holding TypeScript must be listed here, so a new
// folder states its allowed imports before it can land.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const ALLOWED: Record<string, string[]> = {
  ir: [],
  util: [],
  dsl: ['ir', 'util'],
  simulator: ['ir', 'util'],
  rtl: ['ir', 'simulator', 'util'],
  cost: ['ir', 'simulator', 'rtl', 'util'],
  synth: ['ir', 'rtl', 'util'],
  power: ['ir', 'simulator', 'rtl', 'synth', 'cost', 'util'],
  report: ['ir', 'util'],
  workload: ['ir', 'simulator', 'quant', 'util'],
  sweep: ['ir', 'dsl', 'simulator', 'cost', 'rtl', 'synth', 'workload', 'util'],
  pipeline: ['ir', 'dsl', 'simulator', 'rtl', 'cost', 'synth', 'power', 'workload', 'util'],
  // bench/sweep.ts rebuilds and loads the shipped bundle (build/) to measure what `tpe sweep` runs.
  bench: ['ir', 'simulator', 'dsl', 'sweep', 'build', 'rtl', 'util'],
  // The library entry re-exports the public face of every step (nothing imports api).
  api: ['ir', 'util', 'dsl', 'simulator', 'rtl', 'cost', 'synth', 'workload', 'sweep', 'report', 'power', 'validate', 'quant', 'pipeline'],
  quant: ['ir', 'util'],
  validate: ['ir', 'simulator', 'quant', 'workload', 'util'],
  cli: [
    'ir',
    'util',
    'dsl',
    'simulator',
    'rtl',
    'cost',
    'synth',
    'power',
    'report',
    'workload',
    'sweep',
    'pipeline',
    'validate',
    'quant',
    'api',
  ],
  scripts: [
    'ir',
    'util',
    'dsl',
    'simulator',
    'rtl',
    'cost',
    'synth',
    'power',
    'report',
    'workload',
    'pipeline',
    'validate',
    'quant',
    'api',
    'cli',
  ],
  test: [
    'ir',
    'util',
    'dsl',
    'simulator',
    'rtl',
    'cost',
    'synth',
    'power',
    'report',
    'workload',
    'sweep',
    'pipeline',
    'bench',
    'validate',
    'quant',
    'api',
    'cli',
    'build',
  ],
};
/** Folders without TypeScript sources of ours. */
const NOT_SOURCE = new Set([
  'node_modules',
  'dist',
  'generated',
  'examples',
  'docs',
  'tech',
  'third_party',
  'rtl-templates',
  'bin',
  'coverage',
  'tpe-out',
]);

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('import direction', () => {
  it('every top-level folder with TypeScript sources has a rule', () => {
    const folders = readdirSync(ROOT).filter((e) => !e.startsWith('.') && !NOT_SOURCE.has(e) && statSync(join(ROOT, e)).isDirectory());
    const unlisted = folders.filter((f) => !(f in ALLOWED) && tsFiles(join(ROOT, f)).length > 0);
    expect(unlisted).toEqual([]);
  });
  it('nothing imports cli, test, scripts or generated (the command line and the scripts only run)', () => {
    for (const [top, allowed] of Object.entries(ALLOWED)) {
      for (const never of ['test', 'generated']) expect(allowed, top).not.toContain(never);
      if (top !== 'test' && top !== 'scripts') expect(allowed, top).not.toContain('cli');
      expect(allowed, top).not.toContain('scripts');
    }
  });
  for (const [top, allowed] of Object.entries(ALLOWED)) {
    it(`${top}/ imports only ${allowed.length ? allowed.join(', ') : 'nothing of ours'}`, () => {
      let files: string[] = [];
      try {
        files = tsFiles(join(ROOT, top));
      } catch {
        return;
      } // folder not present yet
      const bad: string[] = [];
      for (const f of files) {
        const src = readFileSync(f, 'utf8');
        for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
          const target = relative(ROOT, resolve(dirname(f), m[1] ?? m[2])).split(/[\\/]/)[0];
          if (target !== top && !allowed.includes(target)) bad.push(`${relative(ROOT, f)} -> ${m[1] ?? m[2]}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
