// Leaf modules shared by every design: full adder, word-level 3:2 and 4:2 compressors built
// from explicit full-adder instances, CPAs, digit encoders and partial-product generators.
// Each is concrete (no parameters): the name carries the widths, so lint sees real widths.
import type { DigitEncoding, IntType } from '../../ir/index.js';
import { Net, extend, inp, mod, outp } from './netlist.js';
import type { RtlModule } from './types.js';

export class Lib {
  private readonly mods = new Map<string, RtlModule>();
  constructor(readonly prefix: string) {}

  all(): RtlModule[] {
    return [...this.mods.values()];
  }

  add(m: RtlModule): void {
    if (!this.mods.has(m.name)) this.mods.set(m.name, m);
  }

  private once(name: string, make: () => RtlModule): string {
    if (!this.mods.has(name)) this.mods.set(name, make());
    return name;
  }

  fa(): string {
    const name = `${this.prefix}_fa`;
    return this.once(name, () =>
      mod(name, 'fa', 'full adder (3:2 counter)', [inp('a', 1), inp('b', 1), inp('ci', 1), outp('s', 1), outp('co', 1)], new Net()),
    );
  }

  /** Word 3:2 compressor: s + c == a + b + d (mod 2^w). */
  csa3(w: number): string {
    const fa = this.fa();
    const name = `${this.prefix}_csa3_w${w}`;
    return this.once(name, () => {
      const bits = Array.from({ length: w }, (_, i) => ({ i }));
      return mod(
        name,
        'csa3',
        `${w}-bit 3:2 compressor row of ${w} full adders`,
        [inp('x', w), inp('y', w), inp('z', w), outp('s', w), outp('c', w)],
        new Net(),
        { fa, bits, w, top: w - 1, cExpr: w >= 2 ? `{cy[${w - 2}:0], 1'b0}` : `1'b0` },
      );
    });
  }

  /** Word 4:2 compressor built from two 3:2 rows. */
  csa42(w: number): string {
    const c3 = this.csa3(w);
    const name = `${this.prefix}_csa42_w${w}`;
    return this.once(name, () =>
      mod(
        name,
        'csa42',
        `${w}-bit 4:2 compressor (two 3:2 rows)`,
        [inp('x0', w), inp('x1', w), inp('x2', w), inp('x3', w), outp('s', w), outp('c', w)],
        new Net(),
        { csa3: c3, w },
      ),
    );
  }

  /** One-hot select of one of n w-bit words (AND-OR; all selects low gives zero). */
  sel1h(w: number, n: number): string {
    const name = `${this.prefix}_sel1h_w${w}_n${n}`;
    return this.once(name, () => {
      const terms = Array.from({ length: n }, (_, i) => `({${w}{sel[${i}]}} & d[${(i + 1) * w - 1}:${i * w}])`);
      return mod(name, 'sel1h', `one-hot select of one of ${n} ${w}-bit words`, [inp('sel', n), inp('d', n * w), outp('y', w)], new Net(), {
        expr: terms.join(' | '),
      });
    });
  }

  /** Carry-propagate adder. */
  cpa(w: number): string {
    const name = `${this.prefix}_cpa_w${w}`;
    return this.once(name, () =>
      mod(name, 'cpa', `${w}-bit carry-propagate adder`, [inp('x', w), inp('y', w), outp('s', w)], new Net(), { w }),
    );
  }

  /**
   * Digit encoder: value -> digits as {neg, two, one} triples (digit j at dig[3j+2:3j]) and a
   * nonzero flag per digit.
   */
  encoder(t: IntType, scheme: DigitEncoding, digits: number): string {
    const name = `${this.prefix}_enc_${scheme}_${t.signed ? 's' : 'u'}${t.bits}`;
    return this.once(name, () => {
      const w = t.bits;
      const ports = [inp('a', w), outp('dig', 3 * digits), outp('nz', digits)];
      const ds = Array.from({ length: digits }, (_, j) => ({ j, lo: 3 * j, hi: 3 * j + 2 }));
      if (scheme === 'booth4') {
        // Windows of x = {ext(a), 1'b0}: digit j reads x[2j+2:2j].
        const xw = 2 * digits + 1;
        return mod(name, 'enc-booth4', `radix-4 Booth encoder, ${digits} digits of ${t.signed ? 'int' : 'uint'}${w}`, ports, new Net(), {
          xw,
          xext: `{${extend('a', w, xw - 1, t.signed)}, 1'b0}`,
          digits: ds.map((d) => ({ ...d, b0: 2 * d.j, b1: 2 * d.j + 1, b2: 2 * d.j + 2 })),
        });
      }
      if (scheme === 'ent') {
        // Sign-magnitude, then radix-4 groups with a carry ripple (digit set {0,1,2,-1}).
        const mw = 2 * digits;
        const mag = t.signed
          ? `(a[${w - 1}] ? (${mw}'d0 - ${extend('a', w, mw, true)}) : ${extend('a', w, mw, true)})`
          : extend('a', w, mw, false);
        return mod(name, 'enc-ent', `EN-T encoder, ${digits} digits of ${t.signed ? 'int' : 'uint'}${w}`, ports, new Net(), {
          mw,
          mag,
          sign: t.signed ? `a[${w - 1}]` : `1'b0`,
          digits: ds.map((d) => ({ ...d, g0: 2 * d.j, g1: 2 * d.j + 1, cin: d.j, cout: d.j + 1, last: d.j === digits - 1 })),
        });
      }
      // binary: one digit per bit; the MSB of a signed value weighs negatively.
      return mod(
        name,
        'enc-binary',
        `binary (bit-serial) encoder, ${digits} digits of ${t.signed ? 'int' : 'uint'}${w}`,
        ports,
        new Net(),
        {
          digits: ds.map((d) => ({ ...d, neg: t.signed && d.j === w - 1 ? `a[${d.j}]` : `1'b0` })),
        },
      );
    });
  }

  /**
   * Partial product generator: pp = ((digit magnitude x b) XOR neg) << shift, at width w.
   * The +1 that completes the negation is returned separately (bit `shift` of the correction row).
   */
  ppgen(b: IntType, w: number, shift: number): string {
    const name = `${this.prefix}_ppgen_${b.signed ? 's' : 'u'}${b.bits}_w${w}_s${shift}`;
    return this.once(name, () => {
      const mw = w - shift; // bits that survive the shift
      const bx = extend('b', b.bits, mw, b.signed);
      return mod(
        name,
        'ppgen',
        `partial product: digit x ${b.signed ? 'int' : 'uint'}${b.bits}, shifted ${shift}, ${w} bits`,
        [inp('dig', 3), inp('b', b.bits), outp('pp', w)],
        new Net(),
        {
          mw,
          bx,
          shift,
          truncates: b.bits > mw,
          two: mw >= 2 ? `{bx[${mw - 2}:0], 1'b0}` : `1'b0`,
          out: shift > 0 ? `{mag ^ {${mw}{dig[2]}}, ${shift}'b0}` : `mag ^ {${mw}{dig[2]}}`,
        },
      );
    });
  }
}
