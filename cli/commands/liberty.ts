// The one `--liberty` rule of every command (synth, calibrate, tech derive): a file the user
// names, resolved against the working folder, or by default the IHP SG13G2 typical liberty
// vendored in third_party/ihp-sg13g2/ (named by its file name in reports, so they do not depend
// on where the toolkit is installed).
import { basename } from 'node:path';
import { parseLiberty } from '../../cost/liberty/parse.js';
import { IHP_LIBERTY, readLiberty, sharedLibertyPath, type LibertyText } from '../../synth/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { printDiagnostics } from './dsl-io.js';

export const LIBERTY_HELP = `Liberty (.lib) file (default: the vendored IHP SG13G2 typical liberty, third_party/ihp-sg13g2/${IHP_LIBERTY})`;

/** True when `flag` names the vendored default (absent). */
export const isDefaultLiberty = (flag: string | undefined): boolean => flag === undefined;

/**
 * Reads the liberty `flag` names, or the vendored one; on failure prints why, sets exit 1,
 * returns undefined. A user's liberty is parsed first (about 0.3 s for the IHP one), so a
 * truncated or broken file is a diagnostic naming its line, not a WebAssembly trap a minute into
 * Yosys (or a native Yosys that never returns); `parse: false` where the caller parses it anyway.
 */
export function libertyFor(ctx: CommandContext, flag: string | undefined, o: { parse?: boolean } = {}): LibertyText | undefined {
  if (flag !== undefined) {
    const r = readLiberty(flag, ctx.cwd);
    if (!r.value) {
      printDiagnostics(ctx, r.diagnostics);
      raise(ctx, EXIT.INPUT);
      return undefined;
    }
    // Text without a `library (` group is not a liberty at all: synthesize says so (E0903).
    if (o.parse !== false && /\blibrary\s*\(/.test(r.value.text.slice(0, 1 << 16))) {
      const p = parseLiberty(r.value.text);
      if (!p.ok) {
        ctx.stderr(
          `${flag}:${p.line}: error[E0912]: liberty does not parse: ${p.message}\n  = expected: a complete Liberty (.lib) file\n  = hint: the file may be truncated; the IHP SG13G2 liberty is the default when --liberty is left out\n`,
        );
        raise(ctx, EXIT.INPUT);
        return undefined;
      }
    }
    return r.value;
  }
  const path = sharedLibertyPath();
  if (!path) {
    ctx.stderr(
      `error[E0911]: the vendored IHP liberty is missing: expected third_party/ihp-sg13g2/${IHP_LIBERTY} in the toolkit\n  = hint: reinstall the toolkit (the liberty ships with it), or pass --liberty <file>\n`,
    );
    raise(ctx, EXIT.INPUT);
    return undefined;
  }
  const r = readLiberty(path, ctx.cwd);
  if (!r.value) {
    printDiagnostics(ctx, r.diagnostics);
    raise(ctx, EXIT.INPUT);
    return undefined;
  }
  return { ...r.value, name: basename(path) };
}
