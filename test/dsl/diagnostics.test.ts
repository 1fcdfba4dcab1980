// One case per diagnostic code: the code fires, at the line and column of the construct.
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../dsl/index.js';
import { BITSLICE, OS, codes, edit, posOf } from './helpers.js';

interface Case {
  readonly name: string;
  readonly code: string;
  readonly text: string;
  /** The construct the diagnostic must point at (first occurrence unless nth). */
  readonly at: string;
  readonly nth?: number;
  /** Point just after `at` (errors at a missing token). */
  readonly after?: boolean;
}

const PP = 'forall j 4 { pp[j] = shift(map(B, encode(A, j)), 2*j) }';
const MAC = '        s, c = half_reduce(pp)\n        p = add(s, c)\n        C = accumulate(C, p)\n';

const CASES: Case[] = [
  // Syntax.
  { name: 'unexpected character', code: 'E0101', text: edit(OS, 'clock 2.0 ns', 'clock 2.0 ns $'), at: '$' },
  { name: 'missing colon in a type', code: 'E0102', text: edit(OS, 'B: int8', 'B int8'), at: 'int8', nth: 1 },
  { name: 'stray token', code: 'E0102', text: edit(OS, 'technology generic', 'technology generic )'), at: ')' },
  { name: 'missing number', code: 'E0102', text: edit(OS, 'clock 2.0 ns', 'clock ns'), at: 'ns' },
  { name: 'text after the engine', code: 'E0103', text: `${OS}engine x`, at: 'engine x' },
  { name: 'unclosed engine', code: 'E0104', text: OS.trimEnd().slice(0, -1), at: '}', nth: 3, after: true },
  // Names and structure.
  { name: 'unknown architecture', code: 'E0201', text: edit(OS, 'systolic-os', 'systolic-oss'), at: 'systolic-oss' },
  { name: 'unknown movement', code: 'E0201', text: edit(OS, 'B systolic', 'B systolc'), at: 'systolc' },
  { name: 'unknown encoding', code: 'E0201', text: edit(OS, 'booth4 in pe', 'booth3 in pe'), at: 'booth3' },
  { name: 'unknown placement', code: 'E0201', text: edit(OS, 'in pe', 'in row'), at: 'row' },
  { name: 'unknown type', code: 'E0201', text: edit(OS, 'B: int8', 'B: itn8'), at: 'itn8' },
  { name: 'unknown primitive', code: 'E0201', text: edit(OS, 'half_reduce(pp)', 'half_reduse(pp)'), at: 'half_reduse' },
  { name: 'unknown value', code: 'E0201', text: edit(OS, 'add(s, c)', 'add(s, cc)'), at: 'cc)' },
  { name: 'unknown loop variable', code: 'E0201', text: edit(OS, 'forall m 8', 'forall q 8'), at: 'q 8' },
  { name: 'unknown pipeline stage', code: 'E0201', text: edit(OS, 'pipeline none', 'pipeline operand'), at: 'operand' },
  { name: 'unknown clock unit', code: 'E0201', text: edit(OS, '2.0 ns', '2.0 ps'), at: 'ps' },
  { name: 'unknown workload dimension', code: 'E0201', text: edit(OS, 'pipeline none', 'pipeline none\n  workload M <= 64'), at: 'M <=' },
  { name: 'duplicate loop', code: 'E0202', text: edit(OS, 'forall n 8 (A systolic)', 'forall m 8 (A systolic)'), at: 'forall m', nth: 1 },
  { name: 'duplicate declaration', code: 'E0203', text: edit(OS, 'B: int8', 'B: int8\n  B: int4'), at: 'B: int4' },
  { name: 'missing declaration', code: 'E0204', text: edit(OS, '  B: int8\n', ''), at: 'engine' },
  { name: 'spatial loop without size', code: 'E0205', text: edit(OS, 'forall m 8', 'forall m'), at: 'forall m' },
  { name: 'temporal loop with size', code: 'E0206', text: edit(OS, 'for k (', 'for k 64 ('), at: 'for k' },
  {
    name: 'two loops at one level',
    code: 'E0207',
    text: edit(OS, '      }\n    }\n  }', '      }\n      forall i 2 { }\n    }\n  }'),
    at: 'forall i',
  },
  { name: 'unrecognized statement', code: 'E0208', text: edit(OS, 'p = add(s, c)', 'p = add(s, s)'), at: 'p = add' },
  {
    name: 'missing loop',
    code: 'E0209',
    text: edit(edit(OS, '    forall m 8 (B systolic) {\n', ''), '      }\n    }\n  }', '      }\n  }'),
    at: 'engine',
  },
  { name: 'no accumulation', code: 'E0210', text: edit(OS, '        C = accumulate(C, p)\n', ''), at: 'pp[j]' },
  {
    name: 'accumulated twice',
    code: 'E0210',
    text: edit(OS, '        C = accumulate(C, p)\n', '        C = accumulate(C, p)\n        C = accumulate(C, p)\n'),
    at: 'C = accumulate',
    nth: 1,
  },
  {
    name: 'carry-save accumulator never resolved',
    code: 'E0211',
    text: edit(OS, MAC, '        C.s, C.c = accumulate(C, half_reduce(pp))\n'),
    at: 'C.s, C.c',
  },
  {
    name: 'drain add on a binary accumulator',
    code: 'E0211',
    text: edit(OS, '  }\n}\n', '  }\n  C = add(C.s, C.c) at drain per pe\n}\n'),
    at: 'C = add',
  },
  {
    name: 'drain add inside the nest',
    code: 'E0211',
    text: edit(OS, MAC, '        C.s, C.c = accumulate(C, half_reduce(pp))\n        C = add(C.s, C.c) at drain per pe\n'),
    at: 'C = add',
  },
  {
    name: 'per-product CPA into carry-save',
    code: 'E0212',
    text: edit(
      edit(OS, 'C = accumulate(C, p)', 'C.s, C.c = accumulate(C, p)'),
      '  }\n}\n',
      '  }\n  C = add(C.s, C.c) at drain per pe\n}\n',
    ),
    at: 'C.s, C.c',
  },
  { name: 'group on a loop other than k', code: 'E0213', text: edit(OS, 'forall m 8 (', 'forall m 8 group ('), at: 'group' },
  { name: 'operand width out of range', code: 'E0214', text: edit(OS, 'B: int8', 'B: int17'), at: 'int17' },
  { name: 'accumulator width out of range', code: 'E0214', text: edit(OS, 'C: int32', 'C: int65'), at: 'int65' },
  { name: 'operand width below 2', code: 'E0214', text: edit(OS, 'A: int8', 'A: uint1'), at: 'uint1' },
  { name: 'shift does not match the radix', code: 'E0215', text: edit(OS, '2*j)', 'j)'), at: 'j) }' },
  { name: 'clock not positive', code: 'E0216', text: edit(OS, 'clock 2.0 ns', 'clock 0 ns'), at: '0 ns' },
  {
    name: 'encoder declared but unused',
    code: 'E0217',
    text: edit(OS, 'encode A booth4 in pe', 'encode A booth4 in pe\n  encode B booth4 in pe'),
    at: 'encode B',
  },
  { name: 'operand encoded without declaration', code: 'E0217', text: edit(OS, '  encode A booth4 in pe\n', ''), at: 'pp[j]' },
  {
    name: 'reduction outside the PE loops',
    code: 'E0218',
    text: edit(edit(OS, '        C = accumulate(C, p)\n', ''), '  }\n}\n', '    C = accumulate(C, p)\n  }\n}\n'),
    at: 'C = accumulate',
  },
  {
    name: 'partial product outside the digit loop',
    code: 'E0218',
    text: edit(
      OS,
      'forall j 4 { pp[j] = shift(map(B, encode(A, j)), 2*j) }',
      'pp[j] = shift(map(B, encode(A, j)), 2*j)\n        forall j 4 { }',
    ),
    at: 'pp[j]',
  },
  {
    name: 'sync inside the zero-skipping loop',
    code: 'E0218',
    text: edit(
      edit(BITSLICE, '        sync\n', ''),
      '            C.s, C.c = accumulate(C, pp)\n',
      '            C.s, C.c = accumulate(C, pp)\n            sync\n',
    ),
    at: 'sync',
  },
  // Semantics.
  {
    name: 'zero-skip on a spatial bit-weight loop',
    code: 'E0301',
    text: edit(OS, 'forall j 4 {', 'forall j 4 skip zeros {'),
    at: 'forall j',
  },
  { name: 'digit count does not fit the width', code: 'E0302', text: edit(OS, 'forall j 4', 'forall j 5'), at: 'forall j' },
  { name: 'encoding does not fit a mixed width', code: 'E0302', text: edit(OS, 'A: int8', 'A: int4'), at: 'forall j' },
  { name: 'temporal accumulation with C moving', code: 'E0303', text: edit(OS, 'C stationary', 'C systolic'), at: 'C systolic' },
  {
    name: 'OPT2 order without spatial k',
    code: 'E0303',
    text: edit(
      edit(
        edit(OS, `        ${PP}\n${MAC}`, '        C.s, C.c = accumulate(C, half_reduce(s, c))\n'),
        '  for k (C stationary) {',
        '  forall j 4 {\n  for k (C stationary) {',
      ),
      '      }\n    }\n  }\n}',
      '        pp[j] = shift(map(B, encode(A, j)), 2*j)\n      }\n    }\n  }\n  s[j], c[j] = half_reduce(pp)\n  }\n  C = add(C.s, C.c) at drain per pe\n}',
    ),
    at: 'C.s, C.c',
  },
  {
    name: 'CPA per row without a stationary C',
    code: 'E0303',
    text: edit(
      edit(edit(OS, 'C stationary', 'C systolic'), MAC, '        C.s, C.c = accumulate(C, half_reduce(pp))\n'),
      '  }\n}\n',
      '  }\n  C = add(C.s, C.c) at drain per row\n}\n',
    ),
    at: 'C.s, C.c',
  },
  {
    name: 'shared resolve stage misspelled',
    code: 'E0201',
    text: edit(
      edit(OS, MAC, '        C.s, C.c = accumulate(C, half_reduce(pp))\n'),
      '  }\n}\n',
      '  }\n  C = add(C.s, C.c) at drain sharde 4\n}\n',
    ),
    at: 'sharde',
  },
  {
    name: 'shared resolve stage with more lanes than PEs',
    code: 'E0216',
    text: edit(
      edit(OS, MAC, '        C.s, C.c = accumulate(C, half_reduce(pp))\n'),
      '  }\n}\n',
      '  }\n  C = add(C.s, C.c) at drain shared 65\n}\n',
    ),
    at: 'C.s, C.c',
  },
  {
    name: 'shared resolve stage with zero lanes',
    code: 'E0216',
    text: edit(
      edit(OS, MAC, '        C.s, C.c = accumulate(C, half_reduce(pp))\n'),
      '  }\n}\n',
      '  }\n  C = add(C.s, C.c) at drain shared 0\n}\n',
    ),
    at: '0\n}',
  },
  {
    name: 'shared resolve stage without a stationary C',
    code: 'E0303',
    text: edit(
      edit(edit(OS, 'C stationary', 'C systolic'), MAC, '        C.s, C.c = accumulate(C, half_reduce(pp))\n'),
      '  }\n}\n',
      '  }\n  C = add(C.s, C.c) at drain shared 4\n}\n',
    ),
    at: 'C.s, C.c',
  },
  { name: 'architecture movement mismatch', code: 'E0304', text: edit(OS, 'B systolic', 'B broadcast'), at: 'B broadcast' },
  { name: 'architecture loop mismatch', code: 'E0304', text: edit(OS, 'systolic-os', 'cube'), at: 'engine' },
  {
    name: 'temporal j on a classic architecture',
    code: 'E0305',
    text: edit(
      edit(
        OS,
        PP,
        'for j skip zeros {\n          pp = shift(map(B, encode(A, j)), 2*j)\n          C = accumulate(C, pp)\n        }\n        sync',
      ),
      MAC,
      '',
    ),
    at: 'for j',
  },
  {
    name: 'accumulator too narrow for K',
    code: 'W0306',
    text: edit(edit(OS, 'C: int32', 'C: int24'), 'pipeline none', 'pipeline none\n  workload K <= 4096'),
    at: 'workload',
  },
  { name: 'accumulator narrower than one product', code: 'W0314', text: edit(OS, 'C: int32', 'C: int4'), at: 'int4' },
  { name: 'unknown technology name', code: 'W0315', text: edit(OS, 'technology generic', 'technology genric'), at: 'genric' },
  {
    name: 'operand moves along a loop it indexes',
    code: 'E0307',
    text: edit(OS, '(B systolic)', '(B systolic, A broadcast)'),
    at: 'A broadcast',
  },
  {
    name: 'sparse on a spatial j',
    code: 'E0308',
    text: edit(OS, 'map(B, encode(A, j))', 'map(B, sparse(encode(A, j), 4))'),
    at: 'sparse(',
  },
  { name: 'zero-skip without sync', code: 'E0309', text: edit(BITSLICE, '        sync\n', ''), at: 'for j' },
  {
    name: 'sync with nothing to wait for',
    code: 'W0310',
    text: edit(OS, '        C = accumulate(C, p)\n', '        C = accumulate(C, p)\n        sync\n'),
    at: 'sync',
  },
  { name: 'unsigned accumulator with signed operands', code: 'E0311', text: edit(OS, 'C: int32', 'C: uint32'), at: 'uint32' },
  { name: 'encoder per group without a PE group', code: 'E0312', text: edit(OS, 'in pe', 'per group'), at: 'encode A' },
  {
    name: 'i loop on a classic architecture',
    code: 'E0313',
    text: edit(
      edit(
        edit(OS, 'encode A booth4 in pe', 'encode A booth4 in pe\n  encode B booth4 in pe'),
        `        ${PP}\n`,
        '        forall j 4 {\n          forall i 4 { pp = shift(map(encode(B, i), encode(A, j)), 2*j + 2*i) }\n        }\n',
      ),
      MAC,
      '        s, c = half_reduce(pp)\n        p = add(s, c)\n        C = accumulate(C, p)\n',
    ),
    at: 'forall i',
  },
];

describe('diagnostics: one code per rule, at the construct', () => {
  for (const c of CASES) {
    it(`${c.code} ${c.name}`, () => {
      const r = parseDesign(c.text, 't.tpe');
      const hits = r.diagnostics.filter((d) => d.code === c.code);
      expect(hits.length, `codes: ${codes(r.diagnostics).join(', ')}\n${r.diagnostics.map((d) => d.message).join('\n')}`).toBeGreaterThan(
        0,
      );
      const p = posOf(c.text, c.at, c.nth ?? 0);
      const want = c.after ? { line: p.line, col: p.col + c.at.length } : p;
      expect(hits.map((d) => ({ line: d.span?.start.line, col: d.span?.start.col }))).toContainEqual(want);
      if (c.code.startsWith('E')) expect(r.value).toBeUndefined();
      else expect(r.value).toBeDefined();
      for (const d of hits) {
        expect(d.message.length).toBeGreaterThan(0);
        expect(d.expected ?? d.hint, `${c.code} should say what was expected or give a hint`).toBeTruthy();
        expect(d.message).not.toMatch(/\{\w+\}/);
      }
    });
  }

  it('the baselines themselves are clean', () => {
    expect(parseDesign(OS, 't.tpe').diagnostics).toEqual([]);
    expect(parseDesign(BITSLICE, 't.tpe').diagnostics).toEqual([]);
  });

  it('did-you-mean is offered for near misses only', () => {
    const near = parseDesign(edit(OS, 'B systolic', 'B systolc'), 't.tpe').diagnostics.find((d) => d.code === 'E0201');
    expect(near?.hint).toContain('`systolic`');
    const far = parseDesign(edit(OS, 'B systolic', 'B zigzag'), 't.tpe').diagnostics.find((d) => d.code === 'E0201');
    expect(far?.hint).toBeUndefined();
    expect(far?.expected).toContain('systolic, broadcast, stationary');
  });

  it('a duplicate loop names both places', () => {
    const text = edit(OS, 'forall n 8 (A systolic)', 'forall m 8 (A systolic)');
    const d = parseDesign(text, 't.tpe').diagnostics.find((x) => x.code === 'E0202');
    expect(d?.notes?.[0].span?.start).toMatchObject(posOf(text, 'forall m', 0));
  });

  it('the narrow-accumulator warning gives the largest safe K and keeps the design', () => {
    const r = parseDesign(edit(edit(OS, 'C: int32', 'C: int24'), 'pipeline none', 'pipeline none\n  workload K <= 4096'), 't.tpe');
    const w = r.diagnostics.find((d) => d.code === 'W0306');
    // int8 x int8 products reach 2^14 = 16384 (-128 * -128); int24 holds up to 2^23 - 1, min -2^23.
    expect(w?.message).toContain('largest K that is always safe is 511');
    expect(r.value).toBeDefined();
  });

  it('reports every syntax error of a file in one run', () => {
    const text = edit(edit(edit(OS, 'B: int8', 'B int8'), 'clock 2.0 ns', 'clock ns'), 'p = add(s, c)', 'p = add(s c)');
    const r = parseDesign(text, 't.tpe');
    const lines = r.diagnostics.filter((d) => d.code.startsWith('E01')).map((d) => d.span?.start.line);
    expect(lines).toEqual(expect.arrayContaining([3, 6, 15]));
  });
});
