// The message table: every code is exercised by some test of this folder or test/ir, templates are
// filled, and "did you mean" stays conservative.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diag, didYouMean, editDistance, MESSAGES, type Code } from '../../dsl/messages.js';

describe('messages', () => {
  it('every code but the internal-error one is asserted by a test', () => {
    // The DSL's tests and the IR's (check rules and passes live in ir/).
    const dirs = [import.meta.dirname, join(import.meta.dirname, '..', 'ir')];
    const tests = dirs
      .flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.test.ts') && f !== 'messages.test.ts')
          .map((f) => readFileSync(join(dir, f), 'utf8')),
      )
      .join('\n');
    const untested = Object.keys(MESSAGES).filter((c) => c !== 'E0999' && !tests.includes(`'${c}'`));
    expect(untested).toEqual([]);
  });
  it('codes are stable in shape and severity matches the prefix', () => {
    for (const [code, def] of Object.entries(MESSAGES)) {
      expect(code).toMatch(/^[EW]\d{4}$/);
      expect(def.severity).toBe(code.startsWith('W') ? 'warning' : 'error');
    }
  });
  it('diag fills placeholders and drops empty fields', () => {
    const d = diag('E0205' as Code, undefined, { name: 'm' });
    expect(d.message).toBe('spatial loop `forall m` has no size');
    expect(d.expected).toBe('a hardware extent, e.g. `forall m 8`');
    const e = diag('E0307', undefined, { problem: 'p', expected: 'x', hint: '' });
    expect(e.hint).toBeUndefined();
  });
  it('edit distance counts a transposition as one edit', () => {
    expect(editDistance('itn8', 'int8')).toBe(1);
    expect(editDistance('booth4', 'BOOTH4')).toBe(0);
    expect(didYouMean('systolc', ['systolic', 'broadcast'])).toBe('systolic');
    expect(didYouMean('zz', ['systolic', 'broadcast'])).toBeUndefined();
  });
});
