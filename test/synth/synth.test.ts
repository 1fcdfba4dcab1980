// Synthesis with the real Yosys (WASM and the system binary) on a hand-written int8 MAC.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CG_MIN_BANK,
  clockGateCell,
  parseAbcTiming,
  parseChipArea,
  scanLibertyCells,
  sharedLibertyPath,
  synthesize,
  synthScript,
} from '../../synth/index.js';

const LIB = sharedLibertyPath();
const mac = { name: 'mac8.v', text: readFileSync(resolve(import.meta.dirname, 'fixtures', 'mac8.v'), 'utf8') };
const liberty = () => ({ name: 'sg13g2_stdcell_typ_1p20V_25C.lib', text: readFileSync(LIB!, 'utf8') });

describe('synthesize (Yosys, IHP SG13G2)', () => {
  it('finds the vendored liberty in third_party/ihp-sg13g2', () => {
    expect(LIB, 'expected third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib in third_party/ihp-sg13g2').toBeDefined();
  });

  it('maps an 8x8 MAC with a 32-bit accumulator: area, flip-flops, critical path', async () => {
    const r = await synthesize([mac], 'mac', { liberty: liberty(), clockNs: 5 });
    expect(r.diagnostics).toEqual([]);
    const s = r.value!;
    expect(s.mode).toBe('liberty');
    // 32 accumulator bits -> 32 flip-flops of the library (dfrbpq_1, 48.9888 um2 each).
    const ffs = Object.entries(s.cellsByType).filter(([c]) => /df/.test(c));
    expect(ffs.reduce((a, [, n]) => a + n, 0)).toBe(32);
    expect(s.sequentialArea).toBeCloseTo(32 * 48.9888, 2);
    // DESIGN.md measured about 11,200 um2 and 3.0 ns for this MAC.
    expect(s.area!).toBeGreaterThan(9000);
    expect(s.area!).toBeLessThan(15000);
    expect(s.criticalPathPs!).toBeGreaterThan(2000);
    expect(s.criticalPathPs!).toBeLessThan(4500);
    expect(s.criticalPath!.length).toBeGreaterThan(5);
    expect(s.slackNs).toBeCloseTo(5 - s.criticalPathPs! / 1000, 3);
    const sum = Object.values(s.cellsByType).reduce((a, b) => a + b, 0);
    expect(sum).toBe(s.cellCount);
  });

  it('without a liberty: generic gates and a transistor count', async () => {
    const r = await synthesize([mac], 'mac');
    const s = r.value!;
    expect(s.mode).toBe('generic');
    expect(s.area).toBeUndefined();
    expect(Object.keys(s.cellsByType).every((c) => c.startsWith('$_'))).toBe(true);
    expect(s.transistors!).toBeGreaterThan(1000);
  });

  it.skipIf(!existsSync('/usr/bin/yosys'))('the system Yosys 0.23 maps the same MAC to the same area', async () => {
    const w = await synthesize([mac], 'mac', { liberty: liberty() });
    const n = await synthesize([mac], 'mac', { liberty: liberty(), yosys: 'native' });
    expect(n.value!.tool).toMatch(/Yosys 0\.23/);
    expect(w.value!.tool).toMatch(/Yosys 0\.55/);
    expect(Math.abs(n.value!.area! - w.value!.area!) / w.value!.area!).toBeLessThan(0.1);
  });

  it('a file that is not a liberty is a clear error', async () => {
    const r = await synthesize([mac], 'mac', { liberty: { name: 'notes.txt', text: 'hello' } });
    expect(r.diagnostics[0]).toMatchObject({ code: 'E0903' });
    expect(r.diagnostics[0].message).toContain('notes.txt: not a liberty file');
  });

  it('a liberty Yosys cannot read is a clear error', async () => {
    const r = await synthesize([mac], 'mac', { liberty: { name: 'bad.lib', text: 'library (bad) {\n  cell (x) {\n    area : 1;\n' } });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0].code).toMatch(/E090[67]/);
    expect(r.diagnostics[0].message).toMatch(/Yosys failed/);
  });

  it('Verilog Yosys rejects is a clear error quoting Yosys', async () => {
    const r = await synthesize([{ name: 'bad.v', text: 'module mac(input a; endmodule' }], 'mac');
    expect(r.diagnostics[0].code).toBe('E0907');
    expect(r.diagnostics[0].message).toMatch(/ERROR/);
  });

  it('a missing top module is a clear error', async () => {
    const r = await synthesize([mac], 'nosuch');
    expect(r.diagnostics[0].code).toBe('E0907');
    expect(r.diagnostics[0].message).toContain('nosuch');
  });
});

describe('parsing Yosys output', () => {
  it('reads ABC stime -p', () => {
    const log = [
      'ABC: WireLoad = "none"  Gates =   1028 (  1.5 %)   Cap =  8.0 ff (  2.4 %)   Area =    10719.17 ( 95.1 %)   Delay =  2962.55 ps  ( 11.6 %)',
      'ABC: Path  0 --      24 : 0   51 pi              A =   0.00  Df =   0.0   -0.0 ps  S =   0.0 ps  Cin =  0.0 ff  Cout = 148.7 ff  Cmax =   0.0 ff  G =    0  ',
      'ABC: Path  1 --     407 : 2    2 sg13g2_and2_1   A =   9.07  Df =  79.6  -14.0 ps  S =  38.6 ps  Cin =  2.5 ff  Cout =   6.2 ff  Cmax = 300.0 ff  G =  242  ',
      'ABC: Path  2 --    1109 : 3    1 sg13g2_nor3_1   A =   9.07  Df =2962.5   -9.1 ps  S =  44.4 ps  Cin =  3.0 ff  Cout =   0.0 ff  Cmax = 300.0 ff  G =    0  ',
      'ABC: Start-point = pi23 (\\a [7]).  End-point = po31 ($auto$rtlil.cc:2560:MuxGate$3336).',
    ].join('\n');
    const t = parseAbcTiming(log)!;
    expect(t.delayPs).toBe(2962.55);
    expect(t.path).toEqual([
      { cell: 'sg13g2_and2_1', arrivalPs: 79.6 },
      { cell: 'sg13g2_nor3_1', arrivalPs: 2962.5 },
    ]);
    expect(t.startPoint).toBe('pi23 (\\a [7])');
    expect(parseAbcTiming('no timing here')).toBeUndefined();
  });

  it('reads the chip area of 0.23 and newer formats', () => {
    expect(parseChipArea("   Chip area for module '\\mac': 12286.814400\n", 'mac')).toBeCloseTo(12286.8144, 4);
    expect(parseChipArea("   Chip area for top module '\\mac': 1.5\n", 'mac')).toBe(1.5);
  });

  it('scans liberty cells: area and which are sequential', () => {
    const cells = scanLibertyCells(readFileSync(LIB!, 'utf8'))!;
    expect(cells.get('sg13g2_nand2_1')).toEqual({ area: 7.2576, sequential: false });
    expect(cells.get('sg13g2_dfrbpq_1')?.sequential).toBe(true);
  });

  it('finds the clock-gating cell: the smallest latch_posedge ICG and its pins, dont_use or not', () => {
    const cells = scanLibertyCells(readFileSync(LIB!, 'utf8'))!;
    expect(cells.get('sg13g2_lgcp_1')).toEqual({
      area: 27.216,
      sequential: true,
      icg: { kind: 'latch_posedge', gate: 'GATE', clock: 'CLK', out: 'GCLK', dontUse: true },
    });
    expect(cells.get('sg13g2_slgcp_1')?.icg?.kind).toBe('latch_posedge_precontrol');
    expect(clockGateCell(cells)).toEqual({ cell: 'sg13g2_lgcp_1', gate: 'GATE', clock: 'CLK', out: 'GCLK' });
    const s = synthScript(['a.v'], 'top', true, { clockGate: clockGateCell(cells)! });
    expect(s).toContain(`clockgate -pos sg13g2_lgcp_1 GATE:CLK:GCLK -min_net_size ${CG_MIN_BANK}; dfflibmap`);
    expect(synthScript(['a.v'], 'top', true)).not.toContain('clockgate');
  });
});
