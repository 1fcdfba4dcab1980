// Regressions: `tpe check /dev/zero` read without bound (5.4 GB in 20 s); a 600 KB file of bad
// lines took 71 s to check (positioning each lexer error rescanned the text: quadratic); a
// truncated liberty gave a WebAssembly trap after 56 s in `synth` (and native Yosys spun) where
// `tech derive` named the bad line in 2 s.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedLibertyPath } from '../../synth/index.js';
import { run, scratch } from './helpers.js';

const dir = scratch('bounded');

/** CPU seconds of `f` in this process. */
async function cpu<T>(f: () => Promise<T>): Promise<{ s: number; value: T }> {
  const c0 = process.cpuUsage();
  const value = await f();
  const c = process.cpuUsage(c0);
  return { s: (c.user + c.system) / 1e6, value };
}

describe('inputs without a size', () => {
  it('check /dev/zero stops at the size limit', async () => {
    const { s, value: r } = await cpu(() => run(['check', '/dev/zero']));
    expect(r.code).toBe(1);
    expect(r.err).toContain('error[E0003]: /dev/zero is more than 1000000 bytes');
    expect(s).toBeLessThan(5);
  });
  it('a technology table or a liberty named /dev/zero is refused', async () => {
    const t = await run(['tech', 'check', '/dev/zero']);
    expect(t.code).toBe(1);
    expect(t.err).toContain('cannot be read: it holds NUL bytes, not JSON text');
    const l = await run(['tech', 'derive', '--liberty', '/dev/zero']);
    expect(l.code).toBe(1);
    expect(l.err).toContain('error[E0910]: cannot read liberty /dev/zero: it holds NUL bytes');
  });
});

describe('many bad lines', () => {
  it('600 KB of bad lines is checked in about linear time', async () => {
    const f = join(dir, 'bad.tpe');
    writeFileSync(f, 'engine x : systolic-os {\n' + '  @@@ bad line ! \n'.repeat(35_000) + '}\n');
    const { s, value: r } = await cpu(() => run(['check', f]));
    expect(r.code).toBe(1);
    expect(r.err).toContain('error[E0106]: too many syntax errors');
    // 0.7 s here after the fix, over 36 s of CPU before it.
    expect(s).toBeLessThan(10);
  });
});

describe('a truncated liberty', () => {
  it('synth names the line in well under a second of parsing, before Yosys', async () => {
    const cut = readFileSync(sharedLibertyPath()!, 'utf8');
    writeFileSync(join(dir, 'cut.lib'), cut.slice(0, Math.floor(cut.length * 0.6)));
    const { s, value: r } = await cpu(() => run(['synth', 'examples/sa_os.tpe', '--liberty', join(dir, 'cut.lib')]));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cut\.lib:\d+: error\[E0912\]: liberty does not parse: /);
    expect(s).toBeLessThan(10);
  });
});
