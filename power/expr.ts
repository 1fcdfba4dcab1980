// Liberty boolean expressions (`function`, `when`, `next_state`, `clear`, ...): parsed once into
// a small tree, then turned into truth tables for the gate-level simulator or evaluated as signal
// probabilities for the OpenSTA-rules pricing. Operators as in the Liberty reference: `!` and a
// postfix `'` (not), `^` (xor), `*`, `&` or a space (and), `+`, `|` (or), parentheses, 0 and 1.

export type Expr =
  { op: 'var'; name: string } | { op: 'const'; value: 0 | 1 } | { op: 'not'; a: Expr } | { op: 'and' | 'or' | 'xor'; a: Expr; b: Expr };

export function parseExpr(src: string): Expr | string {
  const s = src.replace(/^"|"$/g, '');
  let i = 0;
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const ident = /[A-Za-z_][A-Za-z0-9_.[\]]*/y;
  function primary(): Expr | string {
    ws();
    if (s[i] === '(') {
      i++;
      const e = or();
      if (typeof e === 'string') return e;
      ws();
      if (s[i] !== ')') return `expected ')' at column ${i + 1} of "${s}"`;
      i++;
      return post(e);
    }
    if (s[i] === '!') {
      i++;
      const e = primary();
      return typeof e === 'string' ? e : { op: 'not', a: e };
    }
    if (s[i] === '0' || s[i] === '1') {
      const v = s[i] === '1' ? 1 : 0;
      i++;
      return post({ op: 'const', value: v });
    }
    ident.lastIndex = i;
    const m = ident.exec(s);
    if (!m) return `unexpected ${i < s.length ? `'${s[i]}'` : 'end'} at column ${i + 1} of "${s}"`;
    i += m[0].length;
    return post({ op: 'var', name: m[0] });
  }
  function post(e: Expr): Expr {
    ws();
    while (s[i] === "'") {
      i++;
      e = { op: 'not', a: e };
      ws();
    }
    return e;
  }
  function xor(): Expr | string {
    let a = primary();
    if (typeof a === 'string') return a;
    for (;;) {
      ws();
      if (s[i] !== '^') return a;
      i++;
      const b = primary();
      if (typeof b === 'string') return b;
      a = { op: 'xor', a, b };
    }
  }
  function and(): Expr | string {
    let a = xor();
    if (typeof a === 'string') return a;
    for (;;) {
      ws();
      if (s[i] === '*' || s[i] === '&') i++;
      else if (!(i < s.length && (s[i] === '(' || s[i] === '!' || /[A-Za-z_01]/.test(s[i])))) return a;
      const b = xor();
      if (typeof b === 'string') return b;
      a = { op: 'and', a, b };
    }
  }
  function or(): Expr | string {
    let a = and();
    if (typeof a === 'string') return a;
    for (;;) {
      ws();
      if (s[i] !== '+' && s[i] !== '|') return a;
      i++;
      const b = and();
      if (typeof b === 'string') return b;
      a = { op: 'or', a, b };
    }
  }
  const e = or();
  if (typeof e === 'string') return e;
  ws();
  if (i < s.length) return `unexpected '${s[i]}' at column ${i + 1} of "${s}"`;
  return e;
}

/** Variables of an expression, in first-use order. */
export function exprVars(e: Expr, out: string[] = []): string[] {
  switch (e.op) {
    case 'var':
      if (!out.includes(e.name)) out.push(e.name);
      break;
    case 'const':
      break;
    case 'not':
      exprVars(e.a, out);
      break;
    default:
      exprVars(e.a, out);
      exprVars(e.b, out);
  }
  return out;
}

export function evalExpr(e: Expr, env: (name: string) => number): number {
  switch (e.op) {
    case 'var':
      return env(e.name) & 1;
    case 'const':
      return e.value;
    case 'not':
      return evalExpr(e.a, env) ^ 1;
    case 'and':
      return evalExpr(e.a, env) & evalExpr(e.b, env);
    case 'or':
      return evalExpr(e.a, env) | evalExpr(e.b, env);
    case 'xor':
      return evalExpr(e.a, env) ^ evalExpr(e.b, env);
  }
}

/** Truth table over `vars` (bit k of the index is vars[k]). */
export function truthTable(e: Expr, vars: readonly string[]): Uint8Array {
  const tt = new Uint8Array(1 << vars.length);
  const pos = new Map(vars.map((v, k) => [v, k]));
  for (let idx = 0; idx < tt.length; idx++) {
    tt[idx] = evalExpr(e, (n) => {
      const k = pos.get(n);
      if (k === undefined) throw new Error(`variable ${n} not in the truth-table inputs`);
      return (idx >> k) & 1;
    });
  }
  return tt;
}

export function exprString(e: Expr): string {
  switch (e.op) {
    case 'var':
      return e.name;
    case 'const':
      return String(e.value);
    case 'not':
      return `!${e.a.op === 'not' ? `(${exprString(e.a)})` : exprString(e.a)}`;
    default:
      return `(${exprString(e.a)}${e.op === 'and' ? '*' : e.op === 'or' ? '+' : '^'}${exprString(e.b)})`;
  }
}

/**
 * Signal probability of an expression with independent inputs, by OpenSTA 2.0.17's rules
 * (power/Power.cc evalActivity): not 1-p, and p1*p2, or 1-(1-p1)(1-p2), xor p1(1-p2)+p2(1-p1).
 */
export function probability(e: Expr, p: (name: string) => number): number {
  switch (e.op) {
    case 'var':
      return p(e.name);
    case 'const':
      return e.value;
    case 'not':
      return 1 - probability(e.a, p);
    case 'and':
      return probability(e.a, p) * probability(e.b, p);
    case 'or': {
      const p1 = 1 - probability(e.a, p),
        p2 = 1 - probability(e.b, p);
      return 1 - p1 * p2;
    }
    case 'xor': {
      const p1 = probability(e.a, p),
        p2 = probability(e.b, p);
      return p1 * (1 - p2) + p2 * (1 - p1);
    }
  }
}

const isRef = (e: Expr, v: string) => (e.op === 'var' && e.name === v) || (e.op === 'not' && e.a.op === 'var' && e.a.name === v);
const negate = (e: Expr): Expr => (e.op === 'not' ? e.a : { op: 'not', a: e });

/**
 * OpenSTA 2.0.17's "inferred when" of an internal-power arc without a `when`: a structural guess
 * at the condition under which the related pin propagates (Power::inferedWhen). Undefined where
 * it does not apply (the arc then gets a duty of 0.5, or 1 from a clock).
 */
export function inferredWhen(f: Expr, from: string): Expr | undefined {
  switch (f.op) {
    case 'var':
      return f.name === from ? { op: 'const', value: 1 } : undefined;
    case 'not':
      return inferredWhen(f.a, from);
    case 'or':
    case 'xor':
      if (isRef(f.a, from)) return negate(f.b);
      if (isRef(f.b, from)) return negate(f.a);
      return undefined;
    case 'and':
      if (isRef(f.a, from)) return f.b;
      if (isRef(f.b, from)) return f.a;
      return undefined;
    case 'const':
      return undefined;
  }
}
