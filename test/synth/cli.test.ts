// `tpe synth` end to end: a .tpe design through the emitter into Yosys, and Verilog files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { printDesign } from '../../dsl/index.js';
import { presetDesign } from '../../ir/index.js';
import { sharedLibertyPath } from '../../synth/index.js';

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

describe('tpe synth', () => {
  it('synthesizes a 1x1 systolic-os design on the IHP liberty (JSON, deterministic)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpe-synth-'));
    writeFileSync(join(dir, 'one.tpe'), printDesign(presetDesign('systolic-os', 'opt1', { rows: 1, cols: 1, name: 'one' })));
    const args = ['synth', 'one.tpe', '--liberty', sharedLibertyPath()!, '--clock', '5', '--json'];
    const a = await run(args, dir);
    expect(a.err).toBe('');
    expect(a.code).toBe(0);
    const j = JSON.parse(a.out);
    expect(j.mode).toBe('liberty');
    expect(j.area).toBeGreaterThan(j.sequentialArea);
    expect(j.criticalPathPs).toBeGreaterThan(0);
    expect(j.elapsedMs).toBeUndefined();
    const b = await run(args, dir);
    expect(b.out).toBe(a.out);
  });

  it('synthesizes Verilog files to generic gates with --top', async () => {
    const r = await run(['synth', 'test/synth/fixtures/mac8.v', '--top', 'mac', '--liberty', 'none']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/generic gates/);
    expect(r.out).toMatch(/transistors at least \d+/);
  });

  it('a liberty that is not one exits 1 with the reason', async () => {
    const r = await run(['synth', 'test/synth/fixtures/mac8.v', '--top', 'mac', '--liberty', 'package.json']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('package.json: not a liberty file');
  });
});
