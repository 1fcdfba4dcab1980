// `tpe sim --level auto|fast|stepped`: the fast level prints the same cycles, C and overflow
// report as the stepped engine, states how toggles were obtained, and auto picks by size.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { AUTO_STEPPED_MACS } from '../../cli/commands/sim.js';
import { printDesign } from '../../dsl/index.js';
import { intMatrix, presetDesign } from '../../ir/index.js';
import { writeNpy } from '../../simulator/index.js';

const ROOT = resolve(import.meta.dirname, '../..');

async function tpe(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
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

const line = (out: string, key: string) => out.split('\n').find((l) => l.startsWith(key)) ?? '';

describe('tpe sim --level', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tpe-sim-level-'));

  it('fast and stepped agree on cycles, toggles (every tile stepped at this size) and C', async () => {
    const args = ['sim', 'examples/sa_ws_opt2.tpe', '--gemm', '40x24x33', '--dist', 'normal:0,20'];
    const f = await tpe([...args, '--level', 'fast']),
      s = await tpe([...args, '--level', 'stepped']);
    expect(f.code).toBe(0);
    expect(s.code).toBe(0);
    expect(line(f.out, 'level')).toMatch(/^level\s+fast \(exact C, cycles from the closed form, WebAssembly SIMD GEMM/);
    expect(line(s.out, 'level')).toMatch(/^level\s+stepped/);
    expect(line(f.out, 'cycles')).toBe(line(s.out, 'cycles'));
    expect(line(f.out, 'toggles')).toBe(`${line(s.out, 'toggles')} (every tile stepped: exact)`);
    const jf = JSON.parse((await tpe([...args, '--level', 'fast', '--json'])).out),
      js = JSON.parse((await tpe([...args, '--level', 'stepped', '--json'])).out);
    expect(jf.level).toBe('fast');
    expect(js.level).toBe('stepped');
    for (const k of ['c', 'cycles', 'tiles', 'peBusy', 'toggles', 'overflows', 'overflowCount', 'utilization'])
      expect(jf[k], k).toEqual(js[k]);
    expect(jf.activitySample).toMatchObject({ exact: true });
  });

  it('auto: stepped up to the threshold, fast above it (toggles then sampled and said so)', async () => {
    expect((await tpe(['sim', 'examples/sa_os.tpe', '--gemm', '8x8x8'])).out).toMatch(/^level\s+stepped/m);
    const big = await tpe(['sim', 'examples/sa_os.tpe', '--gemm', '512x512x128', '--sample-macs', '200000']);
    expect(512 * 512 * 128).toBeGreaterThan(AUTO_STEPPED_MACS);
    expect(big.code).toBe(0);
    expect(line(big.out, 'level')).toMatch(/^level\s+fast/);
    expect(line(big.out, 'toggles')).toMatch(
      /estimated from \d+ of 4096 tiles stepped, stratified by tile extent, seed 1; relative standard error <= \d+\.\d\d%\)$/,
    );
    expect(line(big.out, 'C')).toContain('256 seeded elements checked against the plain integer GEMM');
    // --trace keeps auto on the stepped engine.
    const t = await tpe(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--trace', join(dir, 't.jsonl')]);
    expect(line(t.out, 'level')).toMatch(/stepped/);
  });

  it('overflow: the same element, cycle and count as stepped; --wrap wraps identically', async () => {
    const d = presetDesign('systolic-ws', 'baseline', { rows: 4, cols: 3, acc: { signed: true, bits: 16 } });
    writeFileSync(join(dir, 'ws16.tpe'), printDesign(d));
    writeFileSync(
      join(dir, 'a.npy'),
      writeNpy(
        intMatrix(7, 9, (r, c) => ((r * 9 + c) % 3 === 0 ? -128 : 127)),
        'int8',
      ),
    );
    writeFileSync(
      join(dir, 'b.npy'),
      writeNpy(
        intMatrix(9, 5, () => 127),
        'int8',
      ),
    );
    const args = ['sim', join(dir, 'ws16.tpe'), '--a', join(dir, 'a.npy'), '--b', join(dir, 'b.npy')];
    const f = await tpe([...args, '--level', 'fast']),
      s = await tpe([...args, '--level', 'stepped']);
    expect(s.code).toBe(1);
    expect(s.err).toContain('S0103');
    expect(f.code).toBe(1);
    expect(f.err).toBe(s.err);
    const wf = JSON.parse((await tpe([...args, '--level', 'fast', '--wrap', '--json'])).out),
      ws = JSON.parse((await tpe([...args, '--level', 'stepped', '--wrap', '--json'])).out);
    expect(wf.overflowCount).toBeGreaterThan(1);
    for (const k of ['c', 'overflows', 'overflowCount', 'cycles']) expect(wf[k], k).toEqual(ws[k]);
  });

  it('bad values are usage errors', async () => {
    for (const [args, msg] of [
      [['--level', 'quick'], '--level expects auto, fast or stepped'],
      [['--level', 'fast', '--trace', join(dir, 'x.jsonl')], '--trace needs the stepped level'],
      [['--threads', '0'], '--threads expects an integer in 1..64'],
      [['--sample-macs', 'many'], '--sample-macs expects an integer'],
    ] as const) {
      const r = await tpe(['sim', 'examples/sa_os.tpe', '--gemm', '4x4x4', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(msg);
    }
  });
});
