// The expressions the RTL model writes (assign right-hand sides, register inputs and enables,
// instance connections), parsed: the Verilog subset the builders use, with Verilog's operator
// precedence and its width rules (every operand unsigned: the model writes no $signed). Readers
// of the model (the cost model's inventory) evaluate these trees instead of matching text.

export type UnaryOp = '~' | '!' | '-' | '|' | '&' | '^';
export type BinaryOp = '*' | '+' | '-' | '<<' | '>>' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '&' | '^' | '|' | '&&' | '||';

export type Expr =
  | { readonly k: 'id'; readonly name: string }
  /** Part or bit select of a named signal: bits lo..hi. */
  | { readonly k: 'sel'; readonly name: string; readonly hi: number; readonly lo: number }
  /** A sized literal (an unsized decimal is 32 bits). */
  | { readonly k: 'lit'; readonly width: number; readonly value: bigint }
  /** Concatenation, most significant part first. */
  | { readonly k: 'cat'; readonly parts: readonly Expr[] }
  | { readonly k: 'rep'; readonly n: number; readonly e: Expr }
  | { readonly k: 'un'; readonly op: UnaryOp; readonly e: Expr }
  | { readonly k: 'bin'; readonly op: BinaryOp; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'cond'; readonly c: Expr; readonly t: Expr; readonly e: Expr };

// Binary operators by precedence, lowest first (Verilog 2005, 5.1.2).
const LEVELS: readonly (readonly BinaryOp[])[] = [
  ['||'],
  ['&&'],
  ['|'],
  ['^'],
  ['&'],
  ['==', '!='],
  ['<', '<=', '>', '>='],
  ['<<', '>>'],
  ['+', '-'],
  ['*'],
];

const CACHE = new Map<string, Expr>();

/** The expression tree of `text` (cached: the model repeats expressions across PEs). */
export function parseExpr(text: string): Expr {
  let e = CACHE.get(text);
  if (!e) {
    e = new Parser(text).parse();
    CACHE.set(text, e);
  }
  return e;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Expr {
    const e = this.cond();
    this.ws();
    if (this.i !== this.s.length) this.fail('end of expression');
    return e;
  }

  private fail(what: string): never {
    throw new Error(`rtl model expression: expected ${what} at ${this.i} in \`${this.s}\``);
  }

  private ws(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  private peek(tok: string): boolean {
    this.ws();
    return this.s.startsWith(tok, this.i);
  }

  private eat(tok: string): boolean {
    if (!this.peek(tok)) return false;
    this.i += tok.length;
    return true;
  }

  private expect(tok: string): void {
    if (!this.eat(tok)) this.fail(`'${tok}'`);
  }

  private cond(): Expr {
    const c = this.binary(0);
    if (!this.eat('?')) return c;
    const t = this.cond();
    this.expect(':');
    const e = this.cond();
    return { k: 'cond', c, t, e };
  }

  private binary(level: number): Expr {
    if (level === LEVELS.length) return this.unary();
    let l = this.binary(level + 1);
    for (;;) {
      const op = this.binOp(LEVELS[level]);
      if (!op) return l;
      const r = this.binary(level + 1);
      l = { k: 'bin', op, l, r };
    }
  }

  /** The operator of this level at the cursor, not the first characters of a longer one. */
  private binOp(ops: readonly BinaryOp[]): BinaryOp | undefined {
    this.ws();
    const rest = this.s.slice(this.i);
    const all = ['||', '&&', '==', '!=', '<=', '>=', '<<', '>>', '~^', '^~', '|', '&', '^', '<', '>', '+', '-', '*'];
    const tok = all.find((t) => rest.startsWith(t));
    if (!tok || !(ops as readonly string[]).includes(tok)) return undefined;
    this.i += tok.length;
    return tok as BinaryOp;
  }

  private unary(): Expr {
    this.ws();
    for (const op of ['~', '!', '-', '|', '&', '^'] as const) {
      if (this.s[this.i] === op && !(op === '~' && this.s[this.i + 1] === '^')) {
        this.i++;
        return { k: 'un', op, e: this.unary() };
      }
    }
    return this.primary();
  }

  private primary(): Expr {
    this.ws();
    if (this.eat('(')) {
      const e = this.cond();
      this.expect(')');
      return e;
    }
    if (this.eat('{')) {
      // Replication {n{...}} or concatenation {a, b, ...}.
      const save = this.i;
      const n = this.number();
      if (n !== undefined && n.width === undefined && this.peek('{')) {
        this.expect('{');
        const inner = this.list();
        this.expect('}');
        this.expect('}');
        return { k: 'rep', n: Number(n.value), e: inner.length === 1 ? inner[0] : { k: 'cat', parts: inner } };
      }
      this.i = save;
      const parts = this.list();
      this.expect('}');
      return parts.length === 1 ? parts[0] : { k: 'cat', parts };
    }
    const n = this.number();
    if (n) return { k: 'lit', width: n.width ?? 32, value: n.value };
    const id = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(this.s.slice(this.i));
    if (!id) this.fail('an operand');
    this.i += id[0].length;
    if (this.peek('[')) {
      this.expect('[');
      const hi = this.number();
      if (!hi || hi.width !== undefined) this.fail('a constant bit index');
      let lo = hi;
      if (this.eat(':')) {
        const l = this.number();
        if (!l || l.width !== undefined) this.fail('a constant bit index');
        lo = l;
      }
      this.expect(']');
      return { k: 'sel', name: id[0], hi: Number(hi.value), lo: Number(lo.value) };
    }
    return { k: 'id', name: id[0] };
  }

  private list(): Expr[] {
    const parts = [this.cond()];
    while (this.eat(',')) parts.push(this.cond());
    return parts;
  }

  /** `12`, `8'b0101`, `32'd7`, `4'hf`: the value and, when sized, the width. */
  private number(): { width?: number; value: bigint } | undefined {
    this.ws();
    const m = /^(\d+)?'([bdhBDH])([0-9a-fA-F_]+)|^\d+/.exec(this.s.slice(this.i));
    if (!m) return undefined;
    this.i += m[0].length;
    if (m[2] === undefined) return { value: BigInt(m[0]) };
    const digits = m[3].replace(/_/g, '');
    const base = m[2].toLowerCase();
    const value = BigInt(base === 'b' ? `0b${digits}` : base === 'h' ? `0x${digits}` : digits);
    return { width: m[1] !== undefined ? Number(m[1]) : 32, value };
  }
}

/** Verilog's self-determined width of an expression (operands' widths from `widthOf`). */
export function selfWidth(e: Expr, widthOf: (name: string) => number): number {
  switch (e.k) {
    case 'id':
      return widthOf(e.name);
    case 'sel':
      return e.hi - e.lo + 1;
    case 'lit':
      return e.width;
    case 'cat':
      return e.parts.reduce((s, p) => s + selfWidth(p, widthOf), 0);
    case 'rep':
      return e.n * selfWidth(e.e, widthOf);
    case 'un':
      return e.op === '~' || e.op === '-' ? selfWidth(e.e, widthOf) : 1;
    case 'bin':
      if (['<', '<=', '>', '>=', '==', '!=', '&&', '||'].includes(e.op)) return 1;
      if (e.op === '<<' || e.op === '>>') return selfWidth(e.l, widthOf);
      return Math.max(selfWidth(e.l, widthOf), selfWidth(e.r, widthOf));
    case 'cond':
      return Math.max(selfWidth(e.t, widthOf), selfWidth(e.e, widthOf));
  }
}

/** Every signal name an expression reads. */
export function namesOf(e: Expr, out: string[] = []): string[] {
  switch (e.k) {
    case 'id':
    case 'sel':
      out.push(e.name);
      break;
    case 'lit':
      break;
    case 'cat':
      for (const p of e.parts) namesOf(p, out);
      break;
    case 'rep':
    case 'un':
      namesOf(e.e, out);
      break;
    case 'bin':
      namesOf(e.l, out);
      namesOf(e.r, out);
      break;
    case 'cond':
      namesOf(e.c, out);
      namesOf(e.t, out);
      namesOf(e.e, out);
      break;
  }
  return out;
}
