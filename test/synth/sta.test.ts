// The OpenSTA runner's text handling: concatenated left-hand sides split for OpenSTA 2.0.17's
// Verilog reader, the lightest wire-load model picked, report_checks / report_power parsed,
// cells missing from the liberty reported by name.
import { describe, expect, it } from 'vitest';
import { lightestWireLoad, parseStaOutput, splitConcatAssigns } from '../../synth/sta.js';

describe('OpenSTA netlist and report handling', () => {
  it('splits assigns with a concatenation on the left into one assign per bit', () => {
    const v = [
      'module t(out, a);',
      '  output [3:0] out;',
      '  input a;',
      '  wire \\x.y ;',
      "  assign { out[3:2], \\x.y  } = { a, 2'h1 };",
      '  assign out[1:0] = { a, a };',
      'endmodule',
      '',
    ].join('\n');
    const s = splitConcatAssigns(v);
    expect(s).toContain('assign out[3] = a;');
    expect(s).toContain("assign out[2] = 1'b0;");
    expect(s).toContain("assign \\x.y = 1'b1;");
    expect(s).toContain('assign out[1:0] = { a, a };');
    expect(s).not.toMatch(/assign\s*\{/);
    expect(splitConcatAssigns('assign a = b;\n')).toBe('assign a = b;\n');
  });

  it('picks the lightest wire-load model of a library', () => {
    const lib = 'wire_load ("1k") { capacitance : 0.0002; slope : 10; }\nwire_load ("Zero") { capacitance : 0.0001; slope : 1; }';
    expect(lightestWireLoad(lib)).toBe('Zero');
    expect(lightestWireLoad('library (x) { }')).toBeUndefined();
  });

  it('parses the worst path, slack and power; names cells the liberty lacks', () => {
    const out = [
      'TPE-CHECKS',
      'Startpoint: _1_ (rising edge-triggered flip-flop clocked by clk)',
      'Endpoint: _2_ (rising edge-triggered flip-flop clocked by clk)',
      '   Time   Description',
      '  0.000  0.000 ^ _1_/CLK (sg13g2_dfrbpq_1)',
      '  0.400  0.400 ^ _1_/Q (sg13g2_dfrbpq_1)',
      '  0.500  0.900 v _3_/Y (sg13g2_nand2_1)',
      '                              0.900   data arrival time',
      '                    -0.140    1.860   library setup time',
      '                             -1.100   slack (VIOLATED)',
      'TPE-WNS',
      'TPE-POWER',
      'Sequential           1.0e-03 2.0e-04 1.0e-07 1.2e-03  60.0%',
      'Combinational        7.0e-04 1.0e-04 1.0e-07 8.0e-04  40.0%',
      'Total                1.7e-03 3.0e-04 2.0e-07 2.0e-03 100.0%',
    ].join('\n');
    const r = parseStaOutput(out, 2);
    expect(typeof r).toBe('object');
    if (typeof r === 'string') return;
    expect(r.slackPs).toBe(-1100);
    expect(r.criticalPathPs).toBe(3100);
    expect(r.arrivalPs).toBe(900);
    expect(r.setupPs).toBe(140);
    expect(r.path.map((p) => p.cell)).toEqual(['sg13g2_dfrbpq_1', 'sg13g2_dfrbpq_1', 'sg13g2_nand2_1']);
    expect(r.power!.totalW).toBeCloseTo(2e-3);
    expect(parseStaOutput('Warning: n.v, line 7 module sg13g2_foo_1 not found.  Creating black box for g2.\nTPE-CHECKS', 2)).toMatch(
      /sg13g2_foo_1/,
    );
  });
});
