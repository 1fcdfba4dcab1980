// The command registry lists each command without loading it: its summary and usage must be
// what the module itself declares, and every module must register exactly its own command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/commands/index.js';
import { EXIT, main, VERSION } from '../../cli/main.js';
import type { CommandContext } from '../../cli/context.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ctx: CommandContext = { stdout: () => {}, stderr: () => {}, cwd: ROOT, isTTY: false, exitCode: 0 };

describe('command registry', () => {
  for (const entry of COMMANDS) {
    it(`${entry.name}: the entry matches the module`, async () => {
      const program = new Command('tpe');
      (await entry.load())(program, ctx);
      expect(program.commands.map((c) => c.name())).toEqual([entry.name]);
      const c = program.commands[0];
      expect(c.description()).toBe(entry.summary);
      expect(new Help().subcommandTerm(c)).toBe(`${entry.name}${entry.usage ? ` ${entry.usage}` : ''}`);
    });
  }

  it('names are unique', () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });

  it('tpe --help lists every command with its usage', async () => {
    let out = '';
    expect(
      await main(['--help'], {
        stdout: (s) => {
          out += s;
        },
        stderr: () => {},
      }),
    ).toBe(EXIT.OK);
    for (const c of COMMANDS) expect(out).toContain(`  ${c.name}${c.usage ? ` ${c.usage}` : ''}`);
  });

  it("tpe help <command> and tpe <command> --help print that command's options", async () => {
    for (const argv of [
      ['help', 'sim'],
      ['sim', '--help'],
    ]) {
      let out = '';
      expect(
        await main(argv, {
          stdout: (s) => {
            out += s;
          },
          stderr: () => {},
        }),
      ).toBe(EXIT.OK);
      expect(out).toContain('Usage: tpe sim [options] <design>');
      expect(out).toContain('--gemm <MxNxK>');
    }
  });

  it('an unknown command is a usage error with a suggestion', async () => {
    let err = '';
    expect(
      await main(['chek', 'x.tpe'], {
        stdout: () => {},
        stderr: (s) => {
          err += s;
        },
      }),
    ).toBe(EXIT.USAGE);
    expect(err).toContain("unknown command 'chek'");
    expect(err).toContain('(Did you mean check?)');
  });

  it("the version is package.json's", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
