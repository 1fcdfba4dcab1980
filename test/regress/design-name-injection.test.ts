// Regression: a design name holding a newline (`engine "x\nmodule pwn; endmodule"`) was written
// raw into the `// Source design:` comment of every emitted file (live Verilog); `engine ""`
// passed check and emitted `module (` into a hidden `.v`; a 5000-character name ended as an
// ENAMETOOLONG internal error. Names are now checked, and comment text is escaped regardless.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign, printDesign } from '../../dsl/index.js';
import { presetDesign } from '../../ir/index.js';
import { emitDesign } from '../../rtl/index.js';
import { commentText, renderModel } from '../../rtl/render.js';
import { buildRtlModel } from '../../rtl/model/build.js';
import { ROOT, run, scratch } from './helpers.js';

const dir = scratch('names');
const base = readFileSync(join(ROOT, 'examples', 'sa_os.tpe'), 'utf8');
const withName = (name: string) => base.replace('engine sa_os :', `engine ${name} :`);

describe('engine names', () => {
  for (const [what, name, rule] of [
    ['a newline escape', '"x\\nmodule pwn; endmodule"', 'no line breaks or control characters'],
    ['a tab escape', '"a\\tb"', 'no line breaks or control characters'],
    ['the empty name', '""', 'a non-empty name'],
    ['a 5000-character name', 'a'.repeat(5000), 'at most 64 characters'],
  ] as const) {
    it(`${what}: check fails at the name with E0216, emit writes nothing`, async () => {
      const f = join(dir, `n${name.length}.tpe`);
      writeFileSync(f, withName(name));
      const c = await run(['check', f]);
      expect(c.code).toBe(1);
      expect(c.err).toMatch(/:3:8: error\[E0216\]: the engine name must be/);
      expect(c.err).toContain(rule);
      const e = await run(['emit', f, '-o', join(dir, `out${name.length}`)]);
      expect(e.code).toBe(1);
      expect(e.err).not.toContain('internal error');
    });
  }

  it('a 64-character name is fine', async () => {
    const f = join(dir, 'n64.tpe');
    writeFileSync(f, withName('b'.repeat(64)));
    expect((await run(['emit', f, '-o', join(dir, 'out64')])).code).toBe(0);
    expect(readdirSync(join(dir, 'out64')).every((x) => x.startsWith('b'.repeat(64)))).toBe(true);
  });

  it('a quoted name with spaces still works', () => {
    const r = parseDesign(withName('"my engine (v2)"'), 'x.tpe');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('emitted comments', () => {
  it('a design built in code with a newline in its name is refused by emit, and the renderer escapes it anyway', () => {
    const good = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 });
    const bad = { ...good, name: 'x\nmodule pwn; endmodule\n//' };
    expect(emitDesign(bad).diagnostics.map((x) => x.code)).toEqual(['E0216']);
    const model = buildRtlModel(good).value!;
    for (const f of renderModel({ ...model, design: bad.name }, 'x.tpe')) {
      expect(f.text).not.toMatch(/^module pwn/m);
      expect(f.text).toContain('// Source design: x\\nmodule pwn; endmodule\\n// (x.tpe)');
    }
  });

  it('a source path with a newline is escaped too', () => {
    const text = printDesign(presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2, name: 'p' }));
    const d = parseDesign(text, 'dir\nmodule evil; endmodule\n/p.tpe').value!;
    for (const f of emitDesign(d).value!.files) {
      expect(f.text).not.toMatch(/^module evil/m);
      expect(f.text.split('\n')[1]).toBe('// Source design: p (dir\\nmodule evil; endmodule\\n/p.tpe). TPE Toolkit 0.1.0.');
    }
  });

  it('commentText leaves printable text alone and escapes every control character', () => {
    expect(commentText('examples/sa_os (v2).tpe')).toBe('examples/sa_os (v2).tpe');
    expect(commentText('a\r\n\tb\u0000\u2028\u007f')).toBe('a\\r\\n\\tb\\u0000\\u2028\\u007f');
  });
});
