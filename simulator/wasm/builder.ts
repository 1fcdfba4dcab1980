// A minimal WebAssembly binary writer: just the sections, types and instructions the exact GEMM
// kernel (gemm-module.ts) uses. Building the module here, from TypeScript, keeps the kernel's
// unrolling a loop in the generator instead of hand-copied text, needs no toolchain or
// dependency, and leaves no binary to commit: the bytes are a pure function of the generator
// (test/simulator/fast-kernel.test.ts holds them stable and valid).

export const I32 = 0x7f,
  I64 = 0x7e,
  V128 = 0x7b;
export type ValType = typeof I32 | typeof I64 | typeof V128;

/** Unsigned LEB128 of a non-negative integer below 2^32. */
export function uleb(n: number, out: number[] = []): number[] {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`uleb: ${n}`);
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of an integer (bigint for 64-bit constants). */
export function sleb(v: number | bigint, out: number[] = []): number[] {
  let n = BigInt(v);
  for (;;) {
    const b = Number(n & 0x7fn);
    n >>= 7n;
    const done = (n === 0n && (b & 0x40) === 0) || (n === -1n && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}

/** SIMD (0xfd-prefixed) opcodes used by the kernel, from the WebAssembly SIMD specification. */
export const SIMD = {
  'v128.load': 0x00,
  'v128.load32_splat': 0x09,
  'v128.store': 0x0b,
  'v128.const': 0x0c,
  'i64x2.splat': 0x12,
  'v128.or': 0x50,
  'v128.any_true': 0x53,
  'i32x4.add': 0xae,
  'i32x4.dot_i16x8_s': 0xba,
  'i64x2.extend_low_i32x4_s': 0xc7,
  'i64x2.extend_high_i32x4_s': 0xc8,
  'i64x2.shl': 0xcb,
  'i64x2.shr_s': 0xcc,
  'i64x2.shr_u': 0xcd,
  'i64x2.add': 0xce,
  'i64x2.lt_s': 0xd8,
  'i64x2.gt_s': 0xd9,
  'v128.and': 0x4e,
} as const;
export type SimdOp = keyof typeof SIMD;

/** Plain opcodes used by the kernel. */
export const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  br_if: 0x0d,
  'local.get': 0x20,
  'local.set': 0x21,
  'local.tee': 0x22,
  'i32.load': 0x28,
  'i32.store': 0x36,
  'i32.const': 0x41,
  'i64.const': 0x42,
  'i32.eqz': 0x45,
  'i32.ne': 0x47,
  'i32.add': 0x6a,
  'i32.sub': 0x6b,
  'i32.mul': 0x6c,
  'i32.gt_s': 0x4a,
  'i32.le_s': 0x4c,
  'i32.le_u': 0x4d,
  'i32.lt_s': 0x48,
  'i32.lt_u': 0x49,
  'i32.ge_s': 0x4e,
  'i32.eq': 0x46,
  'i32.popcnt': 0x69,
  'i32.and': 0x71,
  'i32.or': 0x72,
  'i32.xor': 0x73,
  'i32.shl': 0x74,
  'i32.shr_s': 0x75,
  'i32.shr_u': 0x76,
  'i64.load': 0x29,
  'i64.store': 0x37,
  'i64.popcnt': 0x7b,
  'i64.add': 0x7c,
  'i64.sub': 0x7d,
  'i64.and': 0x83,
  'i64.or': 0x84,
  'i64.xor': 0x85,
  'i64.shl': 0x86,
  'i64.extend_i32_s': 0xac,
  'i64.extend_i32_u': 0xad,
  'i32.wrap_i64': 0xa7,
  'i64.gt_s': 0x55,
  'i64.lt_s': 0x53,
  'i64.eqz': 0x50,
  'i64.ne': 0x52,
  'f64.convert_i64_s': 0xb9,
  'f64.load': 0x2b,
  'f64.store': 0x39,
  'f64.add': 0xa0,
  'f64.convert_i32_s': 0xb7,
  'f64.lt': 0x63,
  'f64.gt': 0x64,
  select: 0x1b,
  return: 0x0f,
  drop: 0x1a,
} as const;
export type PlainOp = keyof typeof OP;

/** The body of one function: locals by name, instructions appended in order. */
export class FuncBuilder {
  readonly code: number[] = [];
  private readonly names = new Map<string, number>();
  private readonly extra: ValType[] = [];

  constructor(
    readonly name: string,
    readonly params: readonly [string, ValType][],
    readonly results: readonly ValType[] = [],
  ) {
    params.forEach(([n], i) => this.names.set(n, i));
  }

  /** Declares a local (after the parameters) and returns its name. */
  local(name: string, t: ValType): string {
    if (this.names.has(name)) throw new Error(`local ${name} declared twice`);
    this.names.set(name, this.params.length + this.extra.length);
    this.extra.push(t);
    return name;
  }

  private idx(name: string): number {
    const i = this.names.get(name);
    if (i === undefined) throw new Error(`unknown local ${name} in ${this.name}`);
    return i;
  }

  op(o: PlainOp): this {
    this.code.push(OP[o]);
    return this;
  }
  get(n: string): this {
    this.code.push(OP['local.get'], ...uleb(this.idx(n)));
    return this;
  }
  set(n: string): this {
    this.code.push(OP['local.set'], ...uleb(this.idx(n)));
    return this;
  }
  tee(n: string): this {
    this.code.push(OP['local.tee'], ...uleb(this.idx(n)));
    return this;
  }
  i32(v: number): this {
    this.code.push(OP['i32.const'], ...sleb(v));
    return this;
  }
  i64(v: bigint): this {
    this.code.push(OP['i64.const'], ...sleb(v));
    return this;
  }
  /** block / loop / if, with an empty block type or one result. */
  open(kind: 'block' | 'loop' | 'if', result?: ValType): this {
    this.code.push(OP[kind], result ?? 0x40);
    return this;
  }
  else(): this {
    this.code.push(0x05);
    return this;
  }
  end(): this {
    this.code.push(OP.end);
    return this;
  }
  br(depth: number): this {
    this.code.push(OP.br, ...uleb(depth));
    return this;
  }
  brIf(depth: number): this {
    this.code.push(OP.br_if, ...uleb(depth));
    return this;
  }
  /** i32 memory access: alignment as log2 bytes, constant byte offset. */
  mem(o: 'i32.load' | 'i32.store' | 'i64.load' | 'i64.store' | 'f64.load' | 'f64.store', offset = 0): this {
    this.code.push(OP[o], o.startsWith('i32') ? 2 : 3, ...uleb(offset));
    return this;
  }
  simd(o: SimdOp, offset?: number): this {
    this.code.push(0xfd, ...uleb(SIMD[o]));
    if (o === 'v128.load' || o === 'v128.store') this.code.push(4, ...uleb(offset ?? 0));
    else if (o === 'v128.load32_splat') this.code.push(2, ...uleb(offset ?? 0));
    else if (offset !== undefined) throw new Error(`${o} takes no memory offset`);
    return this;
  }
  v128Zero(): this {
    this.code.push(0xfd, ...uleb(SIMD['v128.const']), ...new Array<number>(16).fill(0));
    return this;
  }

  /** The function's code entry: locals (run-length by type) and body. */
  encode(): number[] {
    const groups: [number, ValType][] = [];
    for (const t of this.extra) {
      const last = groups[groups.length - 1];
      if (last && last[1] === t) last[0]++;
      else groups.push([1, t]);
    }
    const body: number[] = uleb(groups.length);
    for (const [n, t] of groups) body.push(...uleb(n), t);
    body.push(...this.code, OP.end);
    return [...uleb(body.length), ...body];
  }
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(s: string): number[] {
  const b = Array.from(new TextEncoder().encode(s));
  return [...uleb(b.length), ...b];
}

/**
 * A module importing one memory as env.mem (shared unless shared: false; max pages) and exporting the functions
 * by name. Each function gets its own type entry (the kernel has a handful).
 */
export function buildModule(
  funcs: readonly FuncBuilder[],
  memory: { min: number; max: number; shared?: boolean },
): Uint8Array<ArrayBuffer> {
  const types = funcs.map((f) => [0x60, ...vec(f.params.map(([, t]) => [t])), ...vec(f.results.map((t) => [t]))]);
  const imports = [[...name('env'), ...name('mem'), 0x02, memory.shared === false ? 0x01 : 0x03, ...uleb(memory.min), ...uleb(memory.max)]];
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec(types)),
    ...section(2, vec(imports)),
    ...section(3, vec(funcs.map((_, i) => uleb(i)))),
    ...section(7, vec(funcs.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]))),
    ...section(10, vec(funcs.map((f) => f.encode()))),
  ];
  return Uint8Array.from(bytes);
}
