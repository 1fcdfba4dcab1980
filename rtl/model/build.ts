// buildRtlModel: the IR -> resolved RTL model, by the builder of the design's architecture
// (rtl/model/architectures.ts). Designs the IR accepts but no template covers are rejected with
// a diagnostic naming what is unsupported.
import { arrayShape, designErrors, type Design, type Diagnostic, type Result } from '../../ir/index.js';
import { RTL_ARCHITECTURES, unsupported } from './architectures.js';
import { Lib } from './lib.js';
import type { RtlModel } from './types.js';

// Verilog / SystemVerilog words a design name must not become (the top module is named after it).
const KEYWORDS = new Set([
  'always',
  'and',
  'assign',
  'begin',
  'buf',
  'case',
  'default',
  'else',
  'end',
  'endcase',
  'endmodule',
  'for',
  'function',
  'generate',
  'if',
  'initial',
  'inout',
  'input',
  'integer',
  'logic',
  'module',
  'nand',
  'nor',
  'not',
  'or',
  'output',
  'parameter',
  'reg',
  'signed',
  'task',
  'wire',
  'xor',
  'bit',
  'byte',
  'int',
  'type',
  'class',
  'package',
  'interface',
]);

/** The design's module prefix (and top module name): a lower-case Verilog identifier. */
export function moduleprefix(d: Design): string {
  const base = d.name
    .replace(/[^A-Za-z0-9_]/g, '_')
    .replace(/^([^A-Za-z_])/, 'd_$1')
    .toLowerCase();
  return KEYWORDS.has(base) ? `${base}_tpe` : base;
}

/**
 * Most PEs the emitter builds: 256 x 256 is 44 MB of Verilog and 0.5 GB of memory to emit; 512 x
 * 512 already needs 1.9 GB, and larger arrays failed deep in the emitter.
 */
export const MAX_RTL_PES = 1 << 16;

/** What the emitter cannot build, as diagnostics (empty when supported): the IR's rules first. */
export function checkSupport(d: Design): Diagnostic[] {
  const errors = designErrors(d);
  if (errors.length) return [...errors];
  const s = arrayShape(d);
  const pes = s.rows * s.cols * s.depth;
  if (pes > MAX_RTL_PES)
    return [
      unsupported(
        d,
        `${pes} PEs (the emitter builds at most ${MAX_RTL_PES}, e.g. 256 x 256)`,
        'emit a smaller array; tpe sim takes larger ones',
      ),
    ];
  const out: Diagnostic[] = [];
  if (d.encoders[0].operand !== 'A') out.push(unsupported(d, `the j loop encodes operand ${d.encoders[0].operand}; templates encode A`));
  out.push(...RTL_ARCHITECTURES[d.architecture].support(d));
  return out;
}

/** The resolved RTL model of a design: the IR's rules first, then what the templates cover. */
export function buildRtlModel(d: Design): Result<RtlModel> {
  const diags = checkSupport(d);
  if (diags.length) return { diagnostics: diags };
  const p = moduleprefix(d);
  const lib = new Lib(p);
  const fam = RTL_ARCHITECTURES[d.architecture].build(d, lib, p);
  for (const m of fam.modules) lib.add(m);
  const modules = lib.all().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { value: { design: d.name, top: fam.top, modules, tb: fam.tb }, diagnostics: [] };
}
