import type { IntMatrix } from '../../ir/index.js';

export function transposeInt(m: IntMatrix): IntMatrix {
  const out = new Int32Array(m.rows * m.cols);
  for (let r = 0; r < m.rows; r++) for (let c = 0; c < m.cols; c++) out[c * m.rows + r] = m.data[r * m.cols + c];
  return { rows: m.cols, cols: m.rows, data: out };
}
