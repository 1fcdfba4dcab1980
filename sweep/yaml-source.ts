// A YAML document with source positions: parse errors, and the place of any value or key by its
// JSON path, so every spec problem is reported as file:line:col with a caret.
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import type { Diagnostic, Span } from '../ir/index.js';

export interface YamlSource {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

export function spanAt(src: Pick<YamlSource, 'file' | 'lines'>, start: number, end: number): Span {
  const a = src.lines.linePos(start),
    b = src.lines.linePos(Math.max(start, end));
  return {
    file: src.file,
    start: { line: a.line, col: a.col, offset: start },
    end: { line: b.line, col: b.col, offset: Math.max(start, end) },
  };
}

export function parseYaml(text: string, file: string): { src?: YamlSource; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const src = { file, text, doc, lines };
  const diagnostics: Diagnostic[] = doc.errors.map((e) => ({
    code: 'Y0101',
    severity: 'error' as const,
    message: `YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    span: spanAt(src, e.pos[0], e.pos[1]),
    expected: 'a YAML mapping (key: value lines)',
    hint: e.code === 'DUPLICATE_KEY' ? 'each key may appear once' : 'check indentation, quotes and brackets near here',
  }));
  return { src: diagnostics.length ? undefined : src, diagnostics };
}

/** Where the value at a JSON path sits (falls back to the nearest existing parent). */
export function valueSpan(src: YamlSource, path: readonly (string | number)[]): Span {
  for (let n = path.length; n >= 0; n--) {
    const node = src.doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node && node.range) return spanAt(src, node.range[0], node.range[1]);
    if (n === 0) break;
  }
  return spanAt(src, 0, 0);
}

/** Where the key `key` of the mapping at `path` sits. */
export function keySpan(src: YamlSource, path: readonly (string | number)[], key: string): Span {
  const map = path.length === 0 ? src.doc.contents : src.doc.getIn(path, true);
  if (isMap(map)) {
    for (const it of map.items) {
      if (isScalar(it.key) && String(it.key.value) === key && it.key.range) return spanAt(src, it.key.range[0], it.key.range[1]);
    }
  }
  return valueSpan(src, path);
}
