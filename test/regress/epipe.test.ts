// Regression: `tpe check examples/*.tpe | head -1` crashed with an EPIPE stack trace (also
// compare, verify): a reader that goes away now ends the process quietly.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, procFirstLine } from './helpers.js';

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.tpe'))
  .sort()
  .map((f) => `examples/${f}`);

describe('stdout closed early (| head -1)', () => {
  for (const argv of [
    ['check', ...examples],
    ['show', '--json', 'examples/sa_os.tpe'],
    ['compare', 'examples/sa_os.tpe', 'examples/sa_os_opt1.tpe'],
  ]) {
    it(`tpe ${argv[0]} ends without a stack trace`, async () => {
      const r = await procFirstLine(argv);
      expect(r.first.length).toBeGreaterThan(0);
      expect(r.err).not.toContain('EPIPE');
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.code).toBe(0);
    });
  }
});
