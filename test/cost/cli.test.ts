// The cost commands end to end through the CLI entry point (no subprocess).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';

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

describe('tpe estimate / compare / tech', () => {
  it('estimate prints a breakdown with area, timing, power and figures', async () => {
    const r = await run(['estimate', 'examples/sa_os.tpe', '--gemm', '8x8x8', '--tech', 'ihp-sg13g2', '--freq', '200']);
    // The example's header asks for 2.0 ns, which this MAC array does not reach: a warning, exit 0.
    expect(r.err).toMatch(/^warning: sa_os misses its 2 ns clock \(the design's clock\): limiting stage "[^"]+", fmax [0-9.]+ MHz/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^sa_os: systolic-os 8x8, technology ihp-sg13g2/);
    for (const s of ['Area:', 'accumulator adder', 'Timing: limiting stage', 'Power at fmax', 'TOPS/mm2 at fmax', 'TOPS/W at fmax'])
      expect(r.out).toContain(s);
  });

  it("estimate --clock: area and energy at the clock, the issue's JSON fields; a missed --clock exits 1", async () => {
    const ok = await run(['estimate', 'examples/sa_os.tpe', '--gemm', '8x8x8', '--tech', 'ihp-sg13g2', '--clock', '10', '--json']);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    const j = JSON.parse(ok.out);
    expect(j.clockNs).toBe(10);
    expect(j.meetsClock).toBe(true);
    expect(j.areaUm2).toBeGreaterThan(0);
    expect(j.energyPerMacPj).toBeGreaterThan(0);
    // At a relaxed clock synthesis keeps the smallest adders: no more area than the area-oriented estimate.
    expect(j.areaUm2).toBeLessThanOrEqual(j.area.total);
    const miss = await run(['estimate', 'examples/sa_os.tpe', '--tech', 'ihp-sg13g2', '--clock', '1']);
    expect(miss.code).toBe(1);
    expect(miss.err).toMatch(/misses its 1 ns clock: limiting stage "[^"]+", fmax [0-9.]+ MHz/);
    expect(miss.out).toMatch(/At the clock 1 ns .*MISSED/);
    const strict = await run(['estimate', 'examples/sa_os.tpe', '--tech', 'ihp-sg13g2', '--fail-on-missed-clock']);
    expect(strict.code).toBe(1);
    const fast = await run(['estimate', 'examples/sa_os.tpe', '--tech', 'ihp-sg13g2', '--clock', '10', '--freq', '2000']);
    expect(fast.code).toBe(0);
    expect(fast.err).toMatch(/--freq 2000 MHz is above the estimated fmax [0-9.]+ MHz \(limiting stage "[^"]+"\)/);
  });

  it('estimate --activity timed: the glitch-aware energy, said in the JSON; a bad mode is a usage error', async () => {
    const args = ['estimate', 'examples/sa_os.tpe', '--gemm', '8x8x8', '--tech', 'ihp-sg13g2', '--clock', '10', '--json'];
    const z = JSON.parse((await run(args)).out);
    const t = await run([...args, '--activity', 'timed']);
    expect(t.code).toBe(0);
    const j = JSON.parse(t.out);
    expect([z.activity, j.activity]).toEqual(['toggles', 'timed']);
    expect(j.energyPerMacPj).toBeGreaterThan(z.energyPerMacPj);
    expect(j.areaUm2).toBe(z.areaUm2);
    expect(j.power.atClock.breakdown.map((b: { what: string }) => b.what)).toContain(
      'glitches (timed activity: product datapath beyond the onset depth)',
    );
    const bad = await run(['estimate', 'examples/sa_os.tpe', '--activity', 'glitchy']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--activity expects toggles or timed, got "glitchy"/);
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

  it('tech derive --at-clock takes 4, 6 or 8 factors (the last two: the CPA-limited adder area and sizing)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpe-tech-'));
    const lib = resolve(ROOT, 'third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib');
    const out = join(dir, 't.json');
    const r = await run(['tech', 'derive', '--liberty', lib, '--at-clock', '0.34,0.9,0.66,0.12,0.08,0,0.46,0.03', '-o', out], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).corrections.atClock).toEqual({
      adderArea: 0.34,
      prefixSpeedup: 0.9,
      rippleDelay: 0.66,
      sizing: 0.12,
      rippleSizing: 0.08,
      margin: 0,
      criticalAdderArea: 0.46,
      criticalSizing: 0.03,
    });
    const bad = await run(['tech', 'derive', '--liberty', lib, '--at-clock', '1,2,3,4,5,6,7', '-o', out], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--at-clock expects 4, 6 or 8 comma-separated non-negative numbers');
  });
});
