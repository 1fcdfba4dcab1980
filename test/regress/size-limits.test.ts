// Regression: inputs check accepted failed later as "internal error": `forall m 100000` (emit:
// "Set maximum size exceeded"), `forall m 1000000000` (sim: "Invalid typed array length"),
// `transform --group 1000000000`, a huge sparse group; and designs check accepted but the emitter
// cannot build (B encoded) were only found out by `tpe emit`. Limits are design rules now, and
// check warns (W0601) when the RTL back end cannot build a design the others take.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PES } from '../../ir/check-limits.js';
import { MAX_RTL_PES } from '../../rtl/model/build.js';
import { ROOT, run, scratch } from './helpers.js';

const dir = scratch('limits');
const os = readFileSync(join(ROOT, 'examples', 'sa_os.tpe'), 'utf8');
const file = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const noCrash = (r: { err: string }) => expect(r.err).not.toContain('internal error');

describe('array sizes', () => {
  it('forall m 1000000000: a located check error; sim, estimate and emit stop there too', async () => {
    const f = file('huge.tpe', os.replace('forall m 8', 'forall m 1000000000'));
    const c = await run(['check', f]);
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/huge\.tpe:14:5: error\[E0216\]: the size of `forall m` must be at most 1048576/);
    for (const argv of [
      ['sim', f, '--gemm', '2x2x2'],
      ['estimate', f],
      ['emit', f, '-o', join(dir, 'o1')],
    ]) {
      const r = await run(argv);
      expect(r.code, argv[0]).toBe(1);
      noCrash(r);
    }
  });

  it('more PEs in total than the limit is an error on the engine', async () => {
    const f = file('wide.tpe', os.replace('forall m 8', 'forall m 2048').replace('forall n 8', 'forall n 1024'));
    const c = await run(['check', f]);
    expect(c.code).toBe(1);
    expect(c.err).toContain(`the number of PEs (the product of the spatial loop sizes) must be at most ${MAX_PES}`);
  });

  it('forall m 100000: check warns that the RTL model cannot be built, emit says so', async () => {
    const f = file('tall.tpe', os.replace('forall m 8', 'forall m 100000'));
    const c = await run(['check', f]);
    expect(c.code).toBe(0);
    expect(c.err).toContain(
      `warning[W0601]: tpe emit, verify, lint, synth, estimate and compare need the RTL model, which this design has not: 800000 PEs (the emitter builds at most ${MAX_RTL_PES}`,
    );
    const e = await run(['emit', f, '-o', join(dir, 'o2')]);
    expect(e.code).toBe(1);
    expect(e.err).toContain('error[E0601]');
    noCrash(e);
    const s = await run(['estimate', f]);
    expect(s.code).toBe(1);
    noCrash(s);
  });
});

describe('group sizes', () => {
  it('transform --group and --sparse-group past the limits are usage errors', async () => {
    for (const [flag, opt] of [
      ['--group', 'opt3,opt4e'],
      ['--sparse-group', 'opt3'],
    ]) {
      const r = await run(['transform', '--apply', opt, flag, '1000000000', 'examples/bitslice.tpe']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`${flag} expects an integer in \\d+\\.\\.\\d+, got "1000000000"`));
    }
  });
  it('a sparse group of 1000000000 in the text is a check error at the group', async () => {
    const f = file(
      'sparse.tpe',
      readFileSync(join(ROOT, 'examples', 'bitslice_opt3.tpe'), 'utf8').replace(
        'sparse(encode(A, j), 4)',
        'sparse(encode(A, j), 1000000000)',
      ),
    );
    const c = await run(['check', f]);
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/error\[E0216\]: the sparse group must be at most 256 k-elements, got 1000000000/);
    const s = await run(['sim', f, '--gemm', '4x4x8']);
    expect(s.code).toBe(1);
    noCrash(s);
  });
});

describe('what each back end supports', () => {
  it('a design encoding B passes check with a warning naming the RTL limitation', async () => {
    const f = file(
      'encb.tpe',
      os.replace('encode A booth4 in pe', 'encode B booth4 in pe').replace('encode(A, j)', 'encode(B, j)').replace('map(B,', 'map(A,'),
    );
    const c = await run(['check', f]);
    expect(c.code).toBe(0);
    expect(c.err).toContain(
      'warning[W0601]: tpe emit, verify, lint, synth, estimate and compare need the RTL model, which this design has not: the j loop encodes operand B; templates encode A',
    );
    const j = await run(['check', '--json', f]);
    expect(JSON.parse(j.out).files[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['W0601']);
    expect((await run(['sim', f, '--gemm', '5x3x7'])).code).toBe(0);
    expect((await run(['emit', f, '-o', join(dir, 'o3')])).code).toBe(1);
  });
  it('every example passes check without W0601', async () => {
    const c = await run([
      'check',
      ...['sa_os', 'sa_ws_opt2', 'cube_opt2', 'bitslice_opt4e', 'matrix2d_opt1', 'adder_tree_u8'].map((x) => `examples/${x}.tpe`),
    ]);
    expect(c.code).toBe(0);
    expect(c.err).not.toContain('W0601');
  });
});
