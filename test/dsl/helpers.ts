// Shared helpers of the DSL tests: a baseline text to mutate and position lookups.
import { expect } from 'vitest';
import { parseDesign } from '../../dsl/index.js';
import type { Diagnostic } from '../../ir/index.js';

export const OS = `engine t : systolic-os {
  A: int8
  B: int8
  C: int32
  encode A booth4 in pe
  clock 2.0 ns
  technology generic
  pipeline none

  for k (C stationary) {
    forall m 8 (B systolic) {
      forall n 8 (A systolic) {
        forall j 4 { pp[j] = shift(map(B, encode(A, j)), 2*j) }
        s, c = half_reduce(pp)
        p = add(s, c)
        C = accumulate(C, p)
      }
    }
  }
}
`;

export const BITSLICE = `engine b : bitslice {
  A: int8
  B: int8
  C: int32
  encode A booth4 in pe
  encode B booth4 in pe
  clock 2.0 ns
  technology generic
  pipeline none

  for k (C stationary) {
    forall n 8 (A broadcast) {
      forall m 8 (B broadcast) {
        for j skip zeros {
          for i skip zeros {
            pp = shift(map(encode(B, i), encode(A, j)), 2*j + 2*i)
            C.s, C.c = accumulate(C, pp)
          }
        }
        sync
      }
    }
  }
  C = add(C.s, C.c) at drain per pe
}
`;

/** Replaces exactly one occurrence (fails the test if `from` is absent). */
export function edit(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  expect(i, `edit: "${from}" not found`).toBeGreaterThanOrEqual(0);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** 1-based line and column of the nth (0-based) occurrence of `needle`. */
export function posOf(text: string, needle: string, nth = 0): { line: number; col: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    expect(i, `posOf: "${needle}" #${nth} not found`).toBeGreaterThanOrEqual(0);
  }
  const before = text.slice(0, i).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

export function codes(diags: readonly Diagnostic[]): string[] {
  return diags.map((d) => d.code);
}

export function diagsOf(text: string, file = 't.tpe'): readonly Diagnostic[] {
  return parseDesign(text, file).diagnostics;
}
