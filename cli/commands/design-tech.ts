// The technology table a design names (`technology generic`, `technology "tables/t.json"`): a
// path is relative to the design file, like an include, not to the folder tpe runs in; problems
// point at the `technology` value in the design.
import { dirname, resolve } from 'node:path';
import { loadTech, type TechTable } from '../../cost/index.js';
import type { ParsedDesign } from '../../dsl/index.js';
import type { Diagnostic } from '../../ir/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { printDiagnostics } from './dsl-io.js';

/** Loads the table of a parsed design read from `file`; on failure prints why, sets exit 1. */
export function designTech(ctx: CommandContext, file: string, parsed: ParsedDesign): TechTable | undefined {
  const d = parsed.value!;
  const t = loadTech(d.technology, dirname(resolve(ctx.cwd, file)));
  if (t.value) return t.value;
  const span = parsed.context?.techSpan ?? d.span;
  printDiagnostics(ctx, t.diagnostics.map((x): Diagnostic => ({ ...x, span, message: `${x.message} (named by the design's technology)` })));
  raise(ctx, EXIT.INPUT);
  return undefined;
}
