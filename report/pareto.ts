// The non-dominated set of points under objectives to minimise (negate one to maximise).
// a dominates b when a is no worse in every objective and better in one; equal points do not
// dominate each other, so both stay. The page computes the same set for the axes it shows
// (report/page/pareto.js); a Chromium test holds the two to the same answer.

/**
 * Indices of the non-dominated points, ascending. Points are visited in lexicographic order, so
 * a point can be dominated only by one visited before it, and (dominance being transitive) only
 * by a member of the front so far: O(n log n + n x front).
 */
export function nonDominated(points: readonly (readonly number[])[]): number[] {
  const order = points
    .map((_, i) => i)
    .sort((a, b) => {
      const p = points[a],
        q = points[b];
      for (let d = 0; d < p.length; d++) if (p[d] !== q[d]) return p[d] - q[d];
      return a - b;
    });
  const front: number[] = [];
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
