// cli/progress.ts: long steps show progress (after a delay, so short runs stay silent), in the
// terminal and CI forms of util/progress, and nothing at all when quiet (--json).
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../cli/context.js';
import { stepper } from '../../cli/progress.js';

function ctxOf(isTTY: boolean) {
  const err: string[] = [];
  const ctx: CommandContext = {
    stdout: () => {},
    stderr: (s) => {
      err.push(s);
    },
    cwd: '/',
    isTTY,
    exitCode: 0,
  };
  let t = 0;
  return {
    ctx,
    err,
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('cli progress', () => {
  it('a step shorter than the delay prints nothing', () => {
    const c = ctxOf(false);
    const p = stepper(c.ctx, { now: c.now })('simulate x', 10);
    for (let i = 0; i < 10; i++) {
      c.advance(100);
      p.tick();
    }
    p.done();
    expect(c.err).toEqual([]);
  });

  it('a long step in a CI log: a start line with the count so far, then the end with the full time', () => {
    const c = ctxOf(false);
    const p = stepper(c.ctx, { now: c.now })('simulate x', 10);
    c.advance(1500);
    p.tick();
    c.advance(1000);
    p.tick();
    c.advance(1000);
    p.update(10);
    p.done();
    expect(c.err[0]).toBe('simulate x: started (10)\n');
    expect(c.err.at(-1)).toBe('simulate x: ok  10/10  3.5s\n');
  });

  it('on a terminal it redraws one line and ends it', () => {
    const c = ctxOf(true);
    const p = stepper(c.ctx, { now: c.now, delayMs: 0 })('build top (verilator)');
    c.advance(300);
    p.tick(0);
    p.done('cached');
    expect(c.err[0].startsWith('\r\x1b[2K')).toBe(true);
    expect(c.err.at(-1)).toBe('\r\x1b[2Kbuild top (verilator): cached  0.3s\n');
  });

  it('quiet prints nothing however long it runs', () => {
    const c = ctxOf(true);
    const p = stepper(c.ctx, { now: c.now, quiet: true, delayMs: 0 })('synth', 3);
    c.advance(60_000);
    p.tick(3);
    p.done();
    expect(c.err).toEqual([]);
  });
});

describe('simulation progress', () => {
  it('simulate reports every tile, and the bar runs to the tile count fastCycles predicts', async () => {
    const { presetDesign } = await import('../../ir/index.js');
    const { generateMatrix, simulate, fastCycles } = await import('../../simulator/index.js');
    const { tileProgress } = await import('../../cli/simulate.js');
    const d = presetDesign('systolic-os', 'opt1', { rows: 4, cols: 4 });
    const a = generateMatrix(10, 9, d.types.A, { kind: 'uniform' }, 1),
      b = generateMatrix(9, 7, d.types.B, { kind: 'uniform' }, 2);
    const seen: number[] = [];
    const r = simulate(d, a, b, { onTile: (n) => seen.push(n) });
    expect(seen).toEqual(r.value!.tiles.map((_, i) => i + 1));
    expect(fastCycles(d, { M: 10, N: 7, K: 9 }).value!.tiles).toBe(r.value!.tiles.length);
    const c = ctxOf(false);
    const bar = tileProgress(stepper(c.ctx, { delayMs: 0 }), d, { M: 10, N: 7, K: 9 });
    bar.done(simulate(d, a, b, { onTile: bar.onTile }).value !== undefined);
    expect(c.err[0]).toBe(`simulate ${d.name} 10x7x9: started (${seen.length})\n`);
    expect(c.err.at(-1)).toMatch(new RegExp(`^simulate ${d.name} 10x7x9: ok  ${seen.length}/${seen.length}  `));
  });
});
