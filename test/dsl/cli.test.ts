// The DSL commands through main(argv, io): exit codes, stdout/stderr, files written.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { parseDesign, stripSpans } from '../../dsl/index.js';
import { presetDesign } from '../../ir/index.js';
import { OS, edit } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function run(argv: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
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

const dir = mkdtempSync(join(tmpdir(), 'tpe-dsl-cli-'));
const put = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('tpe check', () => {
  it('passes every example', async () => {
    const files = ['sa_os', 'sa_ws_opt2', 'cube_opt1', 'bitslice_opt4e', 'adder_tree_u8'].map((f) => `examples/${f}.tpe`);
    const r = await run(['check', ...files]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(files.map((f) => `${f}: ok\n`).join(''));
    expect(r.err).toBe('');
  });
  it('exit 1 with file:line:col, caret, expected and hint', async () => {
    const f = put('bad.tpe', edit(OS, 'B systolic', 'B systolc'));
    const r = await run(['check', f], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.tpe:11:19: error[E0201]: unknown movement `systolc`');
    expect(r.err).toContain('                  ^^^^^^^');
    expect(r.err).toContain('= hint: did you mean `systolic`?');
    expect(r.out).toBe('bad.tpe: 1 error\n');
  });
  it('warnings pass with exit 0 and are printed', async () => {
    const f = put('warn.tpe', edit(edit(OS, 'C: int32', 'C: int24'), 'pipeline none', 'pipeline none\n  workload K <= 4096'));
    const r = await run(['check', f], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning[W0306]');
    expect(r.out).toBe('warn.tpe: ok (1 warning)\n');
  });
  it('--json prints diagnostics as data', async () => {
    const f = put('bad2.tpe', edit(OS, 'forall m 8', 'forall m'));
    const r = await run(['check', '--json', f, 'missing.tpe'], dir);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as {
      files: { file: string; ok: boolean; diagnostics: { code: string; span?: { start: { line: number; col: number } } }[] }[];
    };
    expect(j.files.map((x) => [x.file, x.ok])).toEqual([
      ['bad2.tpe', false],
      ['missing.tpe', false],
    ]);
    expect(j.files[0].diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.col])).toEqual([['E0205', 11, 5]]);
    expect(j.files[1].diagnostics.map((d) => d.code)).toEqual(['E0005']);
  });
  it('usage errors exit 2', async () => {
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['check', '--bogus', 'x.tpe'])).code).toBe(2);
  });
  it('--help on each command', async () => {
    for (const c of ['check', 'fmt', 'show', 'transform']) {
      const r = await run([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: tpe ${c}`);
    }
  });
});

describe('tpe fmt', () => {
  it('--check is clean on all examples', async () => {
    const r = await run(['fmt', '--check', 'examples/sa_os.tpe', 'examples/bitslice.tpe', 'examples/cube_opt2.tpe']);
    expect([r.code, r.out, r.err]).toEqual([0, '3 files formatted\n', '']);
  });
  it('--check fails on unformatted files, --write fixes them, default prints', async () => {
    const f = put('messy.tpe', OS.replace('  A: int8', 'A:int8'));
    const c1 = await run(['fmt', '--check', f], dir);
    expect(c1.code).toBe(1);
    expect(c1.err).toContain('messy.tpe: not formatted');
    const p = await run(['fmt', f], dir);
    expect([p.code, p.out]).toEqual([0, OS]);
    const w = await run(['fmt', '--write', f], dir);
    expect([w.code, w.out]).toEqual([0, 'formatted messy.tpe\n']);
    expect(readFileSync(join(dir, f), 'utf8')).toBe(OS);
    expect((await run(['fmt', '--check', f], dir)).code).toBe(0);
  });
  it('syntax errors are reported and nothing is written', async () => {
    const bad = OS.replace('B: int8', 'B int8');
    const f = put('broken.tpe', bad);
    const r = await run(['fmt', '--write', f], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('broken.tpe:3:5: error[E0102]');
    expect(readFileSync(join(dir, f), 'utf8')).toBe(bad);
  });
  it('--check with --write is a usage error', async () => {
    expect((await run(['fmt', '--check', '--write', 'examples/sa_os.tpe'])).code).toBe(2);
  });
});

describe('tpe show', () => {
  it('prints canonical DSL that parses back to the same IR', async () => {
    const r = await run(['show', 'examples/sa_ws_opt2.tpe']);
    expect(r.code).toBe(0);
    const d = parseDesign(r.out, 'x.tpe').value!;
    expect(stripSpans(d, { ignoreName: true, ignoreDoc: true })).toEqual(
      stripSpans(presetDesign('systolic-ws', 'opt2', { workload: 4096 }), { ignoreName: true, ignoreDoc: true }),
    );
  });
  it('--json is deterministic and names the file as given', async () => {
    const a = await run(['show', '--json', 'examples/cube.tpe']);
    const b = await run(['show', '--json', 'examples/cube.tpe']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const j = JSON.parse(a.out) as { architecture: string; span: { file: string } };
    expect([j.architecture, j.span.file]).toEqual(['cube', 'examples/cube.tpe']);
  });
  it('exit 1 on a bad file', async () => {
    expect((await run(['show', 'nope.tpe'], dir)).code).toBe(1);
  });
  it('--json of every example validates against dsl/ir.schema.json', async () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(
      JSON.parse(readFileSync(join(ROOT, 'dsl', 'ir.schema.json'), 'utf8')) as object,
    );
    const files = readdirSync(join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.tpe'))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) {
      const r = await run(['show', '--json', `examples/${f}`]);
      expect(r.code).toBe(0);
      expect(validate(JSON.parse(r.out)), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe('tpe transform', () => {
  it('applies a chain and prints DSL', async () => {
    const r = await run(['transform', '--apply', 'opt3,opt4c', 'examples/bitslice.tpe']);
    expect(r.code).toBe(0);
    const d = parseDesign(r.out, 'x.tpe').value!;
    expect(stripSpans(d, { ignoreName: true, ignoreDoc: true })).toEqual(
      stripSpans(presetDesign('bitslice', 'opt4c', { workload: 4096 }), { ignoreName: true, ignoreDoc: true }),
    );
    expect(r.out).toContain('engine bitslice_opt3_opt4c : bitslice {');
  });
  it('--cpa per-row and -o', async () => {
    copyFileSync(join(ROOT, 'examples', 'sa_os.tpe'), join(dir, 'sa_os.tpe'));
    const r = await run(['transform', '--apply', 'opt1', '--cpa', 'per-row', 'sa_os.tpe', '-o', 'out.tpe'], dir);
    expect([r.code, r.out]).toEqual([0, '']);
    const d = parseDesign(readFileSync(join(dir, 'out.tpe'), 'utf8'), 'out.tpe').value!;
    expect(d.reduction.finalCpa).toBe('per-row');
  });
  it('--cpa shared --lanes: the shared resolve stage of the example, from the baseline', async () => {
    const r = await run(['transform', '--apply', 'opt1', '--cpa', 'shared', '--lanes', '8', 'examples/sa_os.tpe']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('C = add(C.s, C.c) at drain shared 8');
    const ex = parseDesign(readFileSync(join(ROOT, 'examples', 'sa_os_opt1_shared.tpe'), 'utf8'), 'x.tpe').value!;
    expect(stripSpans(parseDesign(r.out, 'x.tpe').value!, { ignoreName: true, ignoreDoc: true })).toEqual(
      stripSpans(ex, { ignoreName: true, ignoreDoc: true }),
    );
    // More lanes than PEs: the pass result fails the IR's rule (exit 1, E0216).
    const bad = await run(['transform', '--apply', 'opt1', '--cpa', 'shared', '--lanes', '65', 'examples/sa_os.tpe']);
    expect([bad.code, bad.err.includes('E0216')]).toEqual([1, true]);
  });
  it('--group for OPT4E and --json', async () => {
    const r = await run(['transform', '--apply', 'opt3,opt4e', '--group', '4', '--json', 'examples/bitslice.tpe']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { peGroup: number }).peGroup).toBe(4);
  });
  it('a pass that does not apply: exit 1 and why', async () => {
    const r = await run(['transform', '--apply', 'opt2', 'examples/sa_os.tpe']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error[E0401]: OPT2 does not apply to sa_os: k is temporal');
  });
  it('unknown pass, bad option values, missing --apply: exit 2', async () => {
    expect((await run(['transform', '--apply', 'opt9', 'examples/sa_os.tpe'])).code).toBe(2);
    expect((await run(['transform', '--apply', 'opt1', '--cpa', 'sideways', 'examples/sa_os.tpe'])).code).toBe(2);
    expect((await run(['transform', '--apply', 'opt4e', '--group', '1', 'examples/bitslice_opt3.tpe'])).code).toBe(2);
    expect((await run(['transform', 'examples/sa_os.tpe'])).code).toBe(2);
    expect((await run(['transform', '--apply', 'opt1', '--lanes', '4', 'examples/sa_os.tpe'])).code).toBe(2);
    expect((await run(['transform', '--apply', 'opt1', '--cpa', 'shared', '--lanes', '0', 'examples/sa_os.tpe'])).code).toBe(2);
  });
});
