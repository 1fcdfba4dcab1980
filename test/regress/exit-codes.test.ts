// Regression: exit code 3 meant both "a required tool is missing" and "internal error", so CI
// could not tell a missing Verilator from a toolkit bug. Internal errors are now 70 (4 is tpe gate's errors-only verdict), and the
// README's list of exit codes is the one in cli/context.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../cli/context.js';
import { main } from '../../cli/main.js';
import { ROOT } from './helpers.js';

describe('exit codes', () => {
  it('an exception inside a command is exit 70 with the bug-report message', async () => {
    let err = '';
    // A writer that fails (not a file-system error): the path every unexpected throw takes.
    const code = await main(['check', 'examples/sa_os.tpe'], {
      cwd: ROOT,
      stdout: () => {
        throw new TypeError('writer broke');
      },
      stderr: (s) => {
        err += s;
      },
    });
    expect(code).toBe(EXIT.INTERNAL);
    expect(code).toBe(70);
    expect(err).toContain('tpe: internal error: writer broke');
    expect(err).toContain('This is a bug in TPE Toolkit');
  });

  it('a missing tool is still 3', () => {
    // No Verilator on PATH (node itself is started by its absolute path).
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin', 'tpe.js'),
        'verify',
        'examples/sa_os.tpe',
        '--gemm',
        '2x2x2',
        '--sim',
        'verilator',
        '--cache',
        join(tmpdir(), 'tpe-exit-cache'),
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent' } },
    );
    expect(r.status).toBe(EXIT.TOOL);
    expect(r.stderr).not.toContain('internal error');
  });

  it('the README lists every code as cli/context.ts defines them', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const line = readme.slice(readme.indexOf('Exit codes:'), readme.indexOf('Exit codes:') + 400);
    for (const [name, n] of [
      ['OK', 0],
      ['INPUT', 1],
      ['USAGE', 2],
      ['TOOL', 3],
      ['GATE_ERRORS', 4],
      ['INTERNAL', 70],
    ] as const) {
      expect(EXIT[name]).toBe(n);
      expect(line).toContain(`${n} `);
    }
    expect(line).toContain('70 an internal error');
    expect(line).toContain('4 only from `tpe gate`');
    expect(line).toContain('3 a required tool is missing');
  });
});
