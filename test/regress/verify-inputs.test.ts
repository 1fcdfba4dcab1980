// Regressions of `tpe verify`'s inputs: operands outside the design's types were run through the
// RTL and reported as mismatches (`tpe sim` refuses the same file cleanly); `--a/--b` silently
// ignored a conflicting `--gemm`; `--trials 99999999999999999999` ran out of heap and
// `--trials 1000000` ran silently for minutes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intMatrix } from '../../ir/index.js';
import { writeNpy } from '../../simulator/index.js';
import { MAX_TRIALS } from '../../cli/commands/verify.js';
import { run, scratch } from './helpers.js';

const dir = scratch('verify-in');
writeFileSync(
  join(dir, 'a_big.npy'),
  writeNpy(
    intMatrix(2, 3, (r, c) => (r === 1 && c === 2 ? 300 : 1)),
    'int16',
  ),
);
writeFileSync(
  join(dir, 'a.npy'),
  writeNpy(
    intMatrix(2, 3, () => 1),
    'int8',
  ),
);
writeFileSync(
  join(dir, 'b.npy'),
  writeNpy(
    intMatrix(3, 4, () => 2),
    'int8',
  ),
);

describe('tpe verify inputs', () => {
  it('an operand outside int8 is refused like tpe sim does, before any build', async () => {
    const v = await run([
      'verify',
      'examples/sa_os.tpe',
      '--a',
      join(dir, 'a_big.npy'),
      '--b',
      join(dir, 'b.npy'),
      '--cache',
      join(dir, 'cache'),
    ]);
    expect(v.code).toBe(1);
    expect(v.err).toContain('error[S0102]: A[1][2] = 300 is outside int8 (-128..127)');
    expect(v.out).not.toContain('mismatch');
    const s = await run(['sim', 'examples/sa_os.tpe', '--a', join(dir, 'a_big.npy'), '--b', join(dir, 'b.npy')]);
    expect(s.code).toBe(1);
    expect(s.err).toContain('A[1][2] = 300 is outside int8');
  });

  it('--gemm that disagrees with --a/--b is a usage error naming both shapes', async () => {
    const r = await run(['verify', 'examples/sa_os.tpe', '--a', join(dir, 'a.npy'), '--b', join(dir, 'b.npy'), '--gemm', '5x5x5']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--gemm 5x5x5 does not match the operands: A is 2x3, B is 3x4');
  });

  it('--trials is bounded', async () => {
    for (const t of ['99999999999999999999', '1000000', String(MAX_TRIALS + 1)]) {
      const r = await run(['verify', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--trials', t]);
      expect(r.code, t).toBe(2);
      expect(r.err).toContain(`--trials expects at most ${MAX_TRIALS} random trials per shape`);
    }
  });
});
