// Seeded random operand matrices.
import { intRange, type IntMatrix, type IntType } from '../../ir/index.js';
import type { Dist } from './dist.js';
import { mulberry32 } from './prng.js';

/** rows x cols values of type t drawn from dist with a deterministic PRNG seeded by seed. */
export function generateMatrix(rows: number, cols: number, t: IntType, dist: Dist, seed: number): IntMatrix {
  const r = intRange(t);
  const lo = Number(r.min),
    hi = Number(r.max);
  const rnd = mulberry32(seed);
  const data = new Int32Array(rows * cols);
  const clamp = (x: number) => Math.min(hi, Math.max(lo, Math.round(x)));
  // Empirical: inverse-CDF draws from the histogram (clamped into the type like the others).
  let cdf: Float64Array | undefined;
  if (dist.kind === 'empirical') {
    cdf = new Float64Array(dist.values.length);
    let s = 0;
    for (let i = 0; i < cdf.length; i++) {
      s += dist.weights[i];
      cdf[i] = s;
    }
  }
  for (let i = 0; i < data.length; i++) {
    switch (dist.kind) {
      case 'uniform':
        data[i] = lo + Math.floor(rnd() * (hi - lo + 1));
        break;
      case 'normal': {
        // Box-Muller; 1 - u keeps the log argument in (0, 1].
        const u = 1 - rnd(),
          v = rnd();
        data[i] = clamp(dist.mean + dist.std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
        break;
      }
      case 'laplace': {
        const u = rnd() - 0.5;
        data[i] = clamp(-dist.b * Math.sign(u) * Math.log(1 - 2 * Math.abs(u)));
        break;
      }
      case 'empirical': {
        const c = cdf!,
          x = rnd() * c[c.length - 1];
        let l = 0,
          h = c.length - 1;
        while (l < h) {
          const mid = (l + h) >> 1;
          if (c[mid] > x) h = mid;
          else l = mid + 1;
        }
        data[i] = clamp(dist.values[l]);
        break;
      }
    }
  }
  return { rows, cols, data };
}
