// Whole-file problems: missing, directory, empty, binary, too large, not UTF-8.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, loadDesign, MAX_SOURCE_BYTES, renderDiagnostics } from '../../dsl/index.js';
import { OS } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tpe-dsl-src-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const codeOf = (p: string) => loadDesign(p).diagnostics.map((d) => d.code);

describe('source loading', () => {
  it('a good file loads', () => {
    expect(loadDesign(file('ok.tpe', OS)).value?.architecture).toBe('systolic-os');
  });
  it('E0001 empty and whitespace-only files', () => {
    expect(codeOf(file('empty.tpe', ''))).toEqual(['E0001']);
    expect(codeOf(file('blank.tpe', ' \n\t\n'))).toEqual(['E0001']);
  });
  it('E0002 binary', () => {
    expect(codeOf(file('bin.tpe', new Uint8Array([0x65, 0x6e, 0x00, 0x01, 0x02])))).toEqual(['E0002']);
  });
  it('E0003 larger than 1 MB', () => {
    expect(codeOf(file('big.tpe', `// ${'x'.repeat(MAX_SOURCE_BYTES)}\n`))).toEqual(['E0003']);
    expect(decodeSource(new Uint8Array(MAX_SOURCE_BYTES + 1).fill(32), 'm').diagnostics[0].code).toBe('E0003');
  });
  it('E0004 not UTF-8, with the offset of the first bad byte', () => {
    const d = loadDesign(file('latin1.tpe', new Uint8Array([0x2f, 0x2f, 0x20, 0xe9, 0x74, 0xe9, 0x0a]))).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['E0004']);
    expect(d[0].message).toContain('offset 3');
  });
  it('E0005 missing file and directory, named as given', () => {
    const d = loadDesign(join(dir, 'nope.tpe')).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['E0005']);
    expect(d[0].message).toContain('no such file');
    mkdirSync(join(dir, 'sub.tpe'));
    expect(codeOf(join(dir, 'sub.tpe'))).toEqual(['E0005']);
    expect(loadDesign('rel/missing.tpe', { cwd: dir }).diagnostics[0].message).toContain('rel/missing.tpe');
  });
  it('a BOM is not content', () => {
    expect(loadDesign(file('bom.tpe', `\uFEFF${OS}`)).value).toBeDefined();
  });
  it('whole-file diagnostics render without a position', () => {
    file('empty2.tpe', '');
    const shown = loadDesign('empty2.tpe', { cwd: dir }).diagnostics;
    expect(renderDiagnostics(shown, new Map())).toBe(
      'error[E0001]: empty2.tpe is empty\n  = expected: one `engine NAME : ARCHITECTURE { ... }` description\n  = hint: start from one of the files in examples/\n',
    );
  });
});
