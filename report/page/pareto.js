// @ts-check
// The non-dominated set under objectives to minimise: the same algorithm as report/pareto.ts
// (a Chromium test holds the two to the same answer on the fixture).

/**
 * Indices of the non-dominated points, ascending.
 * @param {number[][]} points
 * @returns {number[]}
 */
function nonDominated(points) {
  const order = points
    .map((_, i) => i)
    .sort((a, b) => {
      const p = points[a],
        q = points[b];
      for (let d = 0; d < p.length; d++) if (p[d] !== q[d]) return p[d] - q[d];
      return a - b;
    });
  /** @type {number[]} */
  const front = [];
  for (const i of order) {
    const p = points[i];
    let dominated = false;
    for (const j of front) {
      const q = points[j];
      let noWorse = true,
        better = false;
      for (let d = 0; d < p.length; d++) {
        if (q[d] > p[d]) {
          noWorse = false;
          break;
        }
        if (q[d] < p[d]) better = true;
      }
      if (noWorse && better) {
        dominated = true;
        break;
      }
    }
    if (!dominated) front.push(i);
  }
  return front.sort((a, b) => a - b);
}
