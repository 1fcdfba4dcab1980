// Import direction is a rule a test can check (docs/ARCHITECTURE in README): the IR imports
// nothing of ours; back ends import the IR (and the simulator where they reuse its arithmetic);
// nothing imports cli, test or generated.
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
  workload: ['ir', 'util'],
  bench: ['ir', 'simulator', 'dsl', 'util'],
};

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
  for (const [top, allowed] of Object.entries(ALLOWED)) {
    it(`${top}/ imports only ${allowed.length ? allowed.join(', ') : 'nothing of ours'}`, () => {
      let files: string[] = [];
      try { files = tsFiles(join(ROOT, top)); } catch { return; } // folder not present yet
      const bad: string[] = [];
      for (const f of files) {
        const src = readFileSync(f, 'utf8');
        for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
          const target = relative(ROOT, resolve(dirname(f), m[1])).split(/[\\/]/)[0];
          if (target !== top && !allowed.includes(target)) bad.push(`${relative(ROOT, f)} -> ${m[1]}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
