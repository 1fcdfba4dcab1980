import { describe, expect, it } from 'vitest';
import { formatDuration, startProgress } from '../../util/progress.js';

function clock() {
  let t = 0;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('progress', () => {
  it('prints plain lines when not a terminal: start, periodic, end', () => {
    const out: string[] = [];
    const c = clock();
    const p = startProgress('verify', 4, { write: (s) => out.push(s), isTTY: false, everyMs: 1000, now: c.now });
    p.tick();
    c.advance(1500);
    p.tick(1, 'case 2');
    p.tick();
    c.advance(100);
    p.tick();
    p.done();
    expect(out[0]).toBe('verify: started (4)\n');
    expect(out[1]).toMatch(/^verify {2}2\/4 \(50%\) {2}1\.5s .*ETA .* {2}case 2\n$/);
    expect(out).toHaveLength(3);
    expect(out[2]).toBe('verify: ok  4/4  1.6s\n');
  });

  it('redraws one line on a terminal and is silent when quiet', () => {
    const out: string[] = [];
    const c = clock();
    const p = startProgress('synth', undefined, { write: (s) => out.push(s), isTTY: true, now: c.now });
    c.advance(200);
    p.tick(0);
    p.done('failed');
    expect(out.every((s) => s.startsWith('\r\x1b[2K'))).toBe(true);
    expect(out.at(-1)).toBe('\r\x1b[2Ksynth: failed  0.2s\n');
    const q: string[] = [];
    const pq = startProgress('x', 3, { write: (s) => q.push(s), isTTY: true, quiet: true });
    pq.tick();
    pq.done();
    expect(q).toEqual([]);
  });

  it('formats durations', () => {
    expect(formatDuration(4200)).toBe('4.2s');
    expect(formatDuration(187_000)).toBe('3m07s');
    expect(formatDuration(3_720_000)).toBe('1h02m');
  });
});
