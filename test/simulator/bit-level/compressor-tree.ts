// Carry-save reduction of a bit matrix to two rows (sum, carry) with 3:2 counters (full
// adders), 2:2 half adders and 4:2 compressors, on Wallace, Dadda or 4:2 schedules. The same
// schedule runs on real bits (values) and on zero bits of given heights (counts for the cost
// model), so the counts are exactly those of the tree that computed the values.
export type TreeKind = 'wallace' | 'dadda' | '4:2';

export interface TreeCounts {
  /** Reduction levels (a 4:2 level is two full-adder delays deep). */
  levels: number;
  fullAdders: number;
  halfAdders: number;
  compressors42: number;
  /** Width of the final (sum, carry) pair = the CPA width. */
  width: number;
}

export interface TreeResult {
  readonly sum: bigint;
  readonly carry: bigint;
  readonly counts: TreeCounts;
}

const fa = (a: number, b: number, c: number): [number, number] => [a ^ b ^ c, (a & b) | (a & c) | (b & c)];
const ha = (a: number, b: number): [number, number] => [a ^ b, a & b];

/** Reduces columns (bits of weight 2^i in cols[i]) until every column holds at most 2 bits. Carries past the top are dropped (mod 2^width). */
export function reduceTree(input: readonly (readonly number[])[], kind: TreeKind): TreeResult {
  const width = input.length;
  let cols = input.map((c) => [...c]);
  const counts: TreeCounts = { levels: 0, fullAdders: 0, halfAdders: 0, compressors42: 0, width };
  const maxH = () => cols.reduce((m, c) => Math.max(m, c.length), 0);
  // Dadda targets: 2, 3, 4, 6, 9, 13, ...
  const dadda: number[] = [2];
  while (dadda[dadda.length - 1] < 1 << 20) dadda.push(Math.floor(dadda[dadda.length - 1] * 1.5));
  for (let guard = 0; maxH() > 2; guard++) {
    if (guard > 200) throw new Error('compressor tree did not converge');
    const out: number[][] = Array.from({ length: width }, () => []);
    const push = (i: number, b: number) => {
      if (i < width) out[i].push(b);
    };
    if (kind === 'wallace') {
      for (let i = 0; i < width; i++) {
        const b = cols[i];
        let k = 0;
        for (; k + 3 <= b.length; k += 3) {
          const [s, c] = fa(b[k], b[k + 1], b[k + 2]);
          push(i, s);
          push(i + 1, c);
          counts.fullAdders++;
        }
        if (b.length - k === 2) {
          const [s, c] = ha(b[k], b[k + 1]);
          push(i, s);
          push(i + 1, c);
          counts.halfAdders++;
        } else if (b.length - k === 1) push(i, b[k]);
      }
    } else if (kind === 'dadda') {
      const h = maxH();
      let target = 2;
      for (const d of dadda) if (d < h) target = d;
      for (let i = 0; i < width; i++) {
        const b = cols[i];
        let k = 0;
        // out[i] already holds the carries from column i-1 of this stage.
        while (b.length - k + out[i].length > target) {
          if (b.length - k + out[i].length - target >= 2 && b.length - k >= 3) {
            const [s, c] = fa(b[k], b[k + 1], b[k + 2]);
            k += 3;
            push(i, s);
            push(i + 1, c);
            counts.fullAdders++;
          } else if (b.length - k >= 2) {
            const [s, c] = ha(b[k], b[k + 1]);
            k += 2;
            push(i, s);
            push(i + 1, c);
            counts.halfAdders++;
          } else break;
        }
        for (; k < b.length; k++) push(i, b[k]);
      }
    } else {
      // 4:2 compressors (two chained full adders; cout feeds the next column's cin at the
      // same level), leftovers of 3 go through a full adder.
      let cins: number[] = [];
      for (let i = 0; i < width; i++) {
        const b = cols[i];
        const couts: number[] = [];
        let k = 0;
        for (; k + 4 <= b.length; k += 4) {
          const [s1, co] = fa(b[k], b[k + 1], b[k + 2]);
          const cin = cins.length > 0 ? (cins.shift() as number) : 0;
          const [s, c] = fa(s1, b[k + 3], cin);
          push(i, s);
          push(i + 1, c);
          couts.push(co);
          counts.compressors42++;
        }
        const rest = [...b.slice(k), ...cins];
        let r = 0;
        for (; r + 3 <= rest.length && rest.length > 2; r += 3) {
          const [s, c] = fa(rest[r], rest[r + 1], rest[r + 2]);
          push(i, s);
          push(i + 1, c);
          counts.fullAdders++;
        }
        for (; r < rest.length; r++) push(i, rest[r]);
        cins = i + 1 < width ? couts : [];
      }
    }
    cols = out;
    counts.levels++;
  }
  let sum = 0n,
    carry = 0n;
  for (let i = 0; i < width; i++) {
    if (cols[i][0]) sum |= 1n << BigInt(i);
    if (cols[i][1]) carry |= 1n << BigInt(i);
  }
  return { sum, carry, counts };
}

/** The counts of the tree for given column heights (the schedule does not depend on values). */
export function compressorTreeCounts(heights: readonly number[], kind: TreeKind): TreeCounts {
  return reduceTree(
    heights.map((h) => new Array<number>(h).fill(0)),
    kind,
  ).counts;
}
