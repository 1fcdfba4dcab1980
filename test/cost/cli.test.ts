// The cost commands end to end through the CLI entry point (no subprocess).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

async function run(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, cwd, isTTY: false });
  return { code, out, err };
}

describe('tpe estimate / compare / tech', () => {
  it('estimate prints a breakdown with area, timing, power and figures', async () => {
    const r = await run(['estimate', 'examples/sa_os.tpe', '--gemm', '8x8x8', '--tech', 'ihp-sg13g2', '--freq', '200']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^sa_os: systolic-os 8x8, technology ihp-sg13g2/);
    for (const s of ['Area:', 'accumulator adder', 'Timing: limiting stage', 'Power at fmax', 'TOPS/mm2 at fmax', 'TOPS/W at fmax']) expect(r.out).toContain(s);
  });

  it('estimate --json is deterministic', async () => {
    const a = await run(['estimate', 'examples/sa_os_opt1.tpe', '--gemm', '8x8x8', '--json']);
    const b = await run(['estimate', 'examples/sa_os_opt1.tpe', '--gemm', '8x8x8', '--json']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const j = JSON.parse(a.out);
    expect(j.area.total).toBeGreaterThan(0);
    expect(j.power.atFmax.perMac).toBeGreaterThan(0);
  });

  it('compare prints ratios against the first design', async () => {
    const r = await run(['compare', 'examples/sa_os.tpe', 'examples/sa_os_opt1.tpe', '--gemm', '8x8x8', '--tech', 'ihp-sg13g2', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.designs[0].figures['area total'].ratio).toBe(1);
    expect(j.designs[1].figures['fmax MHz'].ratio).toBeGreaterThan(1);
  });

  it('an unknown technology exits 1 naming it', async () => {
    const r = await run(['estimate', 'examples/sa_os.tpe', '--tech', 'tsmc3']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown technology "tsmc3"');
    expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('a table missing a component exits 1 naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpe-tech-'));
    const t = (await import('../../tech/generic.json', { with: { type: 'json' } })).default as { components: Record<string, unknown> };
    const broken = structuredClone(t);
    delete broken.components.fa;
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(broken));
    const r = await run(['estimate', resolve(ROOT, 'examples/sa_os.tpe'), '--tech', 'mine.json'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing "fa"');
  });

  it('a bad --gemm is a usage error', async () => {
    const r = await run(['estimate', 'examples/sa_os.tpe', '--gemm', '8x8']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--gemm expects MxNxK');
  });

  it('tech derive on a liberty that does not parse exits 1 with the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpe-lib-'));
    writeFileSync(join(dir, 'bad.lib'), 'library (x) {\n  cell (a) {\n');
    const r = await run(['tech', 'derive', '--liberty', 'bad.lib'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.lib:\d+: liberty does not parse/);
  });
});
