// A small Liberty (.lib) parser: groups `name (args) { ... }`, simple attributes `name : value;`
// and complex attributes `name (args);`. Enough for cell area, pins, timing and power tables.
// Errors are returned as data with a line number, never thrown.

export interface LibAttr {
  readonly name: string;
  readonly value: string;
  readonly line: number;
}

export interface LibGroup {
  readonly type: string;
  readonly args: string[];
  readonly attrs: LibAttr[];
  readonly complex: { name: string; args: string[]; line: number }[];
  readonly groups: LibGroup[];
  readonly line: number;
}

export type ParseOutcome = { ok: true; library: LibGroup } | { ok: false; line: number; message: string };

type Tok = { t: 'id' | 'str' | 'p'; v: string; line: number };

function tokenize(src: string): Tok[] | { line: number; message: string } {
  const out: Tok[] = [];
  let i = 0;
  let line = 1;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (c === '\\' && (src[i + 1] === '\n' || src[i + 1] === '\r')) {
      i++;
      continue;
    } // line continuation
    if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      if (e < 0) return { line, message: 'unterminated comment' };
      for (let k = i; k < e; k++) if (src[k] === '\n') line++;
      i = e + 2;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let s = '';
      const startLine = line;
      while (j < n && src[j] !== '"') {
        if (src[j] === '\\' && (src[j + 1] === '\n' || src[j + 1] === '\r')) {
          j++;
          continue;
        }
        if (src[j] === '\n') line++;
        s += src[j++];
      }
      if (j >= n) return { line: startLine, message: 'unterminated string' };
      out.push({ t: 'str', v: s, line: startLine });
      i = j + 1;
      continue;
    }
    if ('(){}:;,'.includes(c)) {
      out.push({ t: 'p', v: c, line });
      i++;
      continue;
    }
    let j = i;
    while (j < n && !' \t\r\n\f(){}:;,"'.includes(src[j])) j++;
    if (j === i) return { line, message: `unexpected character '${c}'` };
    out.push({ t: 'id', v: src.slice(i, j), line });
    i = j;
  }
  return out;
}

export function parseLiberty(src: string): ParseOutcome {
  const tk = tokenize(src);
  if (!Array.isArray(tk)) return { ok: false, ...tk };
  const toks: Tok[] = tk;
  let p = 0;
  const fail = (message: string): ParseOutcome => ({ ok: false, line: toks[Math.min(p, toks.length - 1)]?.line ?? 1, message });
  const peek = () => toks[p];
  const isP = (v: string) => peek()?.t === 'p' && peek()!.v === v;

  // Parses statements until '}' (or end for the top level); returns an error string or the lists.
  function body(g: LibGroup): string | undefined {
    while (p < toks.length && !isP('}')) {
      const name = peek();
      if (name.t === 'p') return `expected an attribute or group name, found '${name.v}'`;
      p++;
      if (isP(':')) {
        p++;
        let value = '';
        while (p < toks.length && !isP(';') && !isP('}') && peek().line === name.line) {
          value += (value ? ' ' : '') + peek().v;
          p++;
        }
        if (isP(';')) p++;
        if (value === '') return `attribute "${name.v}" has no value`;
        g.attrs.push({ name: name.v, value, line: name.line });
        continue;
      }
      if (isP('(')) {
        p++;
        const args: string[] = [];
        let cur = '';
        while (p < toks.length && !isP(')')) {
          if (isP(',')) {
            args.push(cur);
            cur = '';
            p++;
            continue;
          }
          cur += (cur ? ' ' : '') + peek().v;
          p++;
        }
        if (p >= toks.length) return `unclosed '(' after "${name.v}"`;
        if (cur !== '' || args.length > 0) args.push(cur);
        p++; // ')'
        if (isP('{')) {
          p++;
          const child: LibGroup = { type: name.v, args, attrs: [], complex: [], groups: [], line: name.line };
          const e = body(child);
          if (e) return e;
          if (!isP('}')) return `group "${name.v}" opened on line ${name.line} is not closed`;
          p++;
          g.groups.push(child);
        } else {
          if (isP(';')) p++;
          g.complex.push({ name: name.v, args, line: name.line });
        }
        continue;
      }
      return `expected ':' or '(' after "${name.v}"`;
    }
    return undefined;
  }

  const head = peek();
  if (!head || head.t !== 'id' || head.v !== 'library') return fail('expected "library (name) {" at the start');
  const root: LibGroup = { type: '<root>', args: [], attrs: [], complex: [], groups: [], line: 1 };
  const e = body(root);
  if (e) return fail(e);
  if (p < toks.length) return fail("unbalanced '}'");
  const lib = root.groups.find((g) => g.type === 'library');
  if (!lib) return fail('no library group');
  return { ok: true, library: lib };
}

export function attr(g: LibGroup, name: string): string | undefined {
  for (const a of g.attrs) if (a.name === name) return a.value;
  return undefined;
}

export function numAttr(g: LibGroup, name: string): number | undefined {
  const v = attr(g, name);
  if (v === undefined) return undefined;
  const x = Number(v.replace(/^"|"$/g, ''));
  return Number.isFinite(x) ? x : undefined;
}

export function childGroups(g: LibGroup, type: string): LibGroup[] {
  return g.groups.filter((c) => c.type === type);
}

/** Numbers of a "0.1, 0.2, ..." list (one complex-attribute argument or several). */
export function numberList(args: string[]): number[] {
  return args
    .join(',')
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .map(Number);
}
