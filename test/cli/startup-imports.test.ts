// Start-up stays small because `tpe --help` and `tpe check` load only what they need: checked on
// the real bundle graph (esbuild's metafile of build/bundle.mjs), so a static import that drags
// the RTL toolchain, the simulator or Yosys into the start path fails here, not in a benchmark.
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../../build/bundle.mjs';

let meta: Metafile;
beforeAll(async () => {
  meta = (await build({ ...bundleOptions(), write: false, metafile: true })).metafile;
});

/** Every input module in the output `out` and the outputs it imports statically. */
function staticInputs(out: string): Set<string> {
  const seen = new Set<string>(),
    inputs = new Set<string>();
  const visit = (o: string) => {
    if (seen.has(o)) return;
    seen.add(o);
    const m = meta.outputs[o];
    for (const i of Object.keys(m.inputs)) inputs.add(i);
    for (const imp of m.imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(out);
  return inputs;
}

const chunkOf = (name: string) => {
  const o = Object.keys(meta.outputs).find((k) => k.startsWith(`dist/chunks/${name}-`) && k.endsWith('.js'));
  expect(o, `a chunk for cli/commands/${name}.ts`).toBeDefined();
  return o!;
};

// rtl/model (the emitter's support check, plain code) is allowed: check reports what the RTL
// back end cannot build; the templates, the RTL toolchain and Yosys are not.
const HEAVY = [/node_modules\/(handlebars|ajv|@yowasp)\//, /^rtl\/(?!model\/)/, /^simulator\//, /^cost\//, /^synth\//];

describe('what start-up loads', () => {
  it('tpe --help loads commander and the registry only (no parser, no command module)', () => {
    const inputs = [...staticInputs('dist/cli.js')];
    expect(inputs.filter((i) => /chevrotain|^dsl\/|^cli\/commands\/(?!index)/.test(i) || HEAVY.some((h) => h.test(i)))).toEqual([]);
    expect(inputs.some((i) => i.includes('node_modules/commander/'))).toBe(true);
  });
  it('tpe check loads the DSL and nothing heavy', () => {
    const inputs = [...staticInputs('dist/cli.js'), ...staticInputs(chunkOf('check'))];
    expect(inputs.filter((i) => HEAVY.some((h) => h.test(i)))).toEqual([]);
    expect(inputs).toContain('dsl/parser.ts');
  });
  it('@yowasp/yosys stays outside the bundle, loaded only where Yosys runs', () => {
    const all = Object.values(meta.outputs).flatMap((o) => o.imports);
    const yosys = all.filter((i) => i.path === '@yowasp/yosys');
    expect(yosys.length).toBeGreaterThan(0);
    expect(yosys.every((i) => i.external && i.kind === 'dynamic-import')).toBe(true);
  });
});
