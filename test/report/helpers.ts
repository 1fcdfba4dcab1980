// Shared by the report tests: the CLI in-process, the fixture files, the data block of a report.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../cli/main.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'report', 'fixtures');
/** The fixture files as a user names them (relative to the repository root). */
export const FIXTURE_FILES = ['sweep.jsonl', 'reproduce.jsonl', 'accuracy.jsonl'].map((f) => `test/report/fixtures/${f}`);

export async function run(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
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

/** The JSON of the report's data block (script#tpe-data). */
export function dataBlock(html: string): Record<string, unknown> & { sections: string[] } {
  const m = /<script type="application\/json" id="tpe-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no data block');
  return JSON.parse(m[1]);
}

/** The section ids of the HTML, in order. */
export function sectionIds(html: string): string[] {
  return [...html.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1]);
}

/** The rows of the fixture files, ok rows in file order. */
export function fixtureRows(files = FIXTURE_FILES): Record<string, any>[] {
  return files.flatMap((f) =>
    readFileSync(join(ROOT, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l)),
  );
}

export const CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
