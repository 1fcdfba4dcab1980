// Golden files of rendered diagnostics: test/dsl/golden/NAME.tpe beside NAME.expected.
// Regenerate deliberately with UPDATE_GOLDEN=1 and review the diff like code.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign, renderDiagnostics } from '../../dsl/index.js';

const DIR = join(import.meta.dirname, 'golden');

describe('golden diagnostics', () => {
  for (const f of readdirSync(DIR)
    .filter((x) => x.endsWith('.tpe'))
    .sort()) {
    it(f, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const name = `golden/${f}`;
      const r = parseDesign(text, name);
      const got = renderDiagnostics(r.diagnostics, new Map([[name, text]]));
      const expPath = join(DIR, f.replace(/\.tpe$/, '.expected'));
      if (process.env.UPDATE_GOLDEN) writeFileSync(expPath, got);
      expect(got).toBe(readFileSync(expPath, 'utf8'));
    });
  }
});
