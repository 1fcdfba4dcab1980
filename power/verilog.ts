// The bound netlist (netlist.ts) written back as structural Verilog with names this module
// controls: instance k is `i<k>` and every internal net is `n<index>`, port bits keep their port
// names. OpenSTA reads it to write the SDF the timed simulation takes its delays from (so the SDF's
// instance names are the simulator's instance indices), and Icarus Verilog simulates the same
// file for the cross-check (so a VCD's nets are the simulator's nets).
import type { Netlist } from './netlist.js';

export interface StructuralVerilog {
  text: string;
  /** The Verilog expression of each net (a port bit, `n<index>`, or a constant). */
  netExpr: string[];
  /** Instance name of each instance index. */
  instName: (k: number) => string;
}

const bit = (port: string, nets: number[], i: number) => (nets.length > 1 ? `${port}[${i}]` : port);

export function writeStructuralVerilog(nl: Netlist): StructuralVerilog {
  const expr: string[] = new Array<string>(nl.nets).fill('');
  expr[0] = "1'b0";
  expr[1] = "1'b1";
  for (const [p, nets] of nl.inputs) nets.forEach((n, i) => n > 1 && !expr[n] && (expr[n] = bit(p, nets, i)));
  // An output bit is the net's name only where a cell drives it (else an assign copies it).
  for (const [p, nets] of nl.outputs) nets.forEach((n, i) => n > 1 && !expr[n] && nl.driver[n] >= 0 && (expr[n] = bit(p, nets, i)));
  const wires: string[] = [];
  for (let n = 2; n < nl.nets; n++)
    if (!expr[n]) {
      expr[n] = `n${n}`;
      wires.push(`  wire n${n};`);
    }
  const portNames = [...nl.inputs.keys(), ...[...nl.outputs.keys()].filter((k) => !nl.inputs.has(k))];
  const lines = [`module ${nl.top}(${portNames.join(', ')});`];
  const decl = (dir: string, p: string, nets: number[]) => lines.push(`  ${dir} ${nets.length > 1 ? `[${nets.length - 1}:0] ` : ''}${p};`);
  for (const [p, nets] of nl.inputs) decl('input', p, nets);
  for (const [p, nets] of nl.outputs) decl('output', p, nets);
  lines.push(...wires);
  for (const [p, nets] of nl.outputs)
    nets.forEach((n, i) => {
      const b = bit(p, nets, i);
      if (expr[n] !== b) lines.push(`  assign ${b} = ${expr[n]};`);
    });
  const instName = (k: number) => `i${k}`;
  nl.instances.forEach((ins, k) => {
    const conns = [...ins.pins]
      .filter(([pin, n]) => n > 1 || ins.cell.pins.get(pin)?.dir !== 'output')
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([pin, n]) => `.${pin}(${expr[n]})`);
    lines.push(`  ${ins.cell.name} ${instName(k)} (${conns.join(', ')});`);
  });
  lines.push('endmodule', '');
  return { text: lines.join('\n'), netExpr: expr, instName };
}
