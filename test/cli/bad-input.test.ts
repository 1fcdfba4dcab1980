// The cases scripts/cli-bad-input-audit.ts flagged, or whose message was raw, pinned as they are
// now: bad input is a non-zero exit with a message in words (file:line:col where there is a
// line), never exit 0 with a wrong answer and never an overwritten input. bin/tpe.js as a process.
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { proc, ROOT, scratch } from '../regress/helpers.js';

const dir = scratch('bad-input');
const f = (name: string) => join(dir, name);
const SA = join(ROOT, 'examples', 'sa_os.tpe');
let rows = '';

beforeAll(() => {
  // Two real rows (a sweep of two 4x4 GEMMs, well under a second).
  writeFileSync(f('s.yaml'), `name: t\nlevel: fast\nseed: 1\ndesigns: [${SA}]\nworkloads:\n  - gemm: 4x4x4\n  - gemm: 8x4x4\n`);
  const r = proc(['sweep', f('s.yaml'), '-o', f('sw'), '--workers', '0', '-q']);
  expect(r.code).toBe(0);
  rows = readFileSync(f('sw/rows.jsonl'), 'utf8');
  writeFileSync(f('rows.jsonl'), rows);
  // What a sweep killed mid-write leaves: one row and part of the next.
  writeFileSync(f('torn.jsonl'), rows.slice(0, rows.indexOf('\n') + 120));
  writeFileSync(f('empty.jsonl'), '');
  writeFileSync(f('array.jsonl'), '[1,2,3]\n');
  mkdirSync(f('folder'));
  mkdirSync(f('ro'));
  chmodSync(f('ro'), 0o555);
});

/** No stack trace, no JavaScript error name, no bug-report text: a message meant for users. */
function clean(err: string): void {
  expect(err.trim()).not.toBe('');
  expect(err).not.toMatch(/^\s+at /m);
  expect(err).not.toMatch(/TypeError|RangeError|Cannot read properties|internal error/);
}

describe('option values that read as "nothing"', () => {
  it('verify --gemm "," is a usage error, not 0 cases verified with exit 0', () => {
    const r = proc(['verify', SA, '--gemm', ',']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error[S0106]: --gemm expects one or more MxNxK shapes');
    expect(r.out).not.toContain('0 case(s)');
    clean(r.err);
  });

  it('an empty option value is a usage error, not the working folder or "not given"', () => {
    // Before: emit and flow wrote their Verilog into the working folder, lint its cache, sim
    // skipped --out, verify checked 0 cases, sweep ran on 0 workers; all with exit 0.
    const cwd = scratch('empty-value');
    for (const argv of [
      ['emit', SA, '-o', ''],
      ['flow', SA, '--gemm', '2x2x2', '--no-verify', '-o', ''],
      ['lint', SA, '--cache', ''],
      ['sim', SA, '--gemm', '2x2x2', '--out', ''],
      ['verify', SA, '--gemm', ''],
      ['sweep', f('s.yaml'), '--check', '--workers', ''],
      ['report', f('rows.jsonl'), '--baseline', f('rows.jsonl'), ''],
    ]) {
      const r = proc(argv, { cwd });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/^error: option '.*' argument is empty\n/);
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('sweep --workers " " is a usage error, not 0 workers', () => {
    const r = proc(['sweep', f('s.yaml'), '--check', '--workers', ' ']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--workers expects 0..256, got " "');
  });
});

describe('gate and pareto read rows checked', () => {
  it('a torn rows file fails the gate with file:line:col, as current rows or as the baseline', () => {
    for (const [cur, base] of [
      ['torn.jsonl', 'rows.jsonl'],
      ['rows.jsonl', 'torn.jsonl'],
    ]) {
      const r = proc(['gate', f(cur), '--baseline', f(base)]);
      expect(r.code).toBe(1);
      expect(r.out).not.toContain('PASS');
      expect(r.err).toContain(`${f('torn.jsonl')}:2:1: error[Y0603]: line 2 is torn`);
      expect(r.err).toContain('resume it with the same `tpe sweep` command');
      clean(r.err);
    }
  });

  it('no rows, or a line that is not a row object, is an error, not PASS', () => {
    const e = proc(['gate', f('empty.jsonl'), '--baseline', f('rows.jsonl')]);
    expect(e.code).toBe(1);
    expect(e.err).toContain(`error[Y0603]: ${f('empty.jsonl')} holds no rows`);
    const a = proc(['gate', f('array.jsonl'), '--baseline', f('array.jsonl')]);
    expect(a.code).toBe(1);
    expect(a.err).toContain(`${f('array.jsonl')}:1:1: error[Y0603]: line 1 is not a sweep row: it is not a JSON object`);
    clean(a.err);
  });

  it('a complete last row without its newline is gated, not dropped', () => {
    writeFileSync(f('no-newline.jsonl'), rows.trimEnd());
    const r = proc(['gate', f('no-newline.jsonl'), '--baseline', f('rows.jsonl'), '--json']);
    expect(r.code).toBe(0);
    const counts = (JSON.parse(r.out) as { counts: Record<string, number> }).counts;
    expect(counts.PASS).toBe(2);
    expect(counts.REMOVED).toBe(0);
  });

  it('pareto: torn, empty and non-object rows are errors in words', () => {
    const t = proc(['pareto', f('torn.jsonl'), '--objectives', 'area,energy']);
    expect(t.code).toBe(1);
    expect(t.err).toContain(`${f('torn.jsonl')}:2:1: error[Y0603]: line 2 is torn`);
    expect(proc(['pareto', f('empty.jsonl'), '--objectives', 'area']).code).toBe(1);
    const a = proc(['pareto', f('array.jsonl'), '--objectives', 'area']);
    expect(a.code).toBe(1);
    expect(a.err).toContain('line 1 is not a sweep row');
    clean(a.err);
    const d = proc(['pareto', f('folder'), '--objectives', 'area']);
    expect(d.code).toBe(1);
    expect(d.err).toContain('not sweep rows (it is a folder (EISDIR))');
  });
});

describe('merge never writes over its input', () => {
  it('-o on the rows file of an input folder: exit 2, the rows kept', () => {
    const r = proc(['merge', f('sw'), '-o', f('sw/rows.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`would overwrite the input ${f('sw')}`);
    expect(readFileSync(f('sw/rows.jsonl'), 'utf8')).toBe(rows);
  });

  it('-o on an input rows file (written by tpe merge): exit 2, the rows kept', () => {
    expect(proc(['merge', f('sw'), '-o', f('all.jsonl')]).code).toBe(0);
    const before = readFileSync(f('all.jsonl'), 'utf8');
    const r = proc(['merge', f('all.jsonl'), '-o', f('all.jsonl')]);
    expect(r.code).toBe(2);
    expect(readFileSync(f('all.jsonl'), 'utf8')).toBe(before);
  });
});

describe('file-system failures in words, with the path', () => {
  it('sim --out and report -o in a missing folder', () => {
    const s = proc(['sim', SA, '--gemm', '2x2x2', '--out', f('nodir/c.npy')]);
    expect(s.code).toBe(1);
    expect(s.err).toContain(`cannot write ${f('nodir/c.npy')}: no such file or folder (ENOENT)`);
    const r = proc(['report', f('rows.jsonl'), '-o', f('nodir/r.html')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`cannot write ${f('nodir/r.html')}: no such file or folder (ENOENT)`);
  });

  it('a folder given as the sweep spec or the import config says so, not "no such file"', () => {
    const s = proc(['sweep', f('folder'), '--check']);
    expect(s.code).toBe(1);
    expect(s.err).toContain(`error[Y0105]: ${f('folder')}: it is a folder (EISDIR)`);
    const i = proc(['import', 'scalesim', f('folder'), f('folder'), '-o', f('imp')]);
    expect(i.code).toBe(1);
    expect(i.err).toContain(`error[Y0601]: ${f('folder')}: it is a folder (EISDIR)`);
  });

  it('an unwritable output folder: the reason in words, the path once', () => {
    const e = proc(['emit', SA, '-o', f('ro/out')], { asUser: true });
    expect(e.code).toBe(1);
    expect(e.err).toContain(`error: cannot create folder ${f('ro/out')}: permission denied (EACCES)`);
    expect(e.err).not.toMatch(/EACCES: permission denied, mkdir/);
    const m = proc(['merge', f('sw'), '-o', f('ro/m.jsonl')], { asUser: true });
    expect(m.code).toBe(1);
    expect(m.err).toContain(`error: cannot open ${f('ro/m.jsonl')}: permission denied (EACCES)`);
    expect(m.err).not.toMatch(/EACCES: permission denied, open/);
  });
});
