// The estimate's glitch term (`activity: 'timed'`): what a sign-off flow's SDF-annotated
// simulation adds over the zero-delay one. Glitches grow with the depth a signal has travelled in
// its cycle: the first gates after the registers see aligned inputs, deeper ones see inputs that
// arrive at different times and switch several times before they settle. So the extra energy is
// the product datapath's zero-delay energy (the estimate's fitted `logic` part: partial products,
// trees, the CPAs that take them) times the glitch rate per unit of depth beyond an onset depth,
// with the design's limiting stage's logic delay as its depth. Two global factors, fitted on the
// timed gate level of a stated set (`fitGlitch`, scripts/glitch-fit.ts); the flip-flops' extra
// energy (glitches reaching D pins) is carried by the same term, since it follows the logic that
// drives them. Not a per-design factor: every design gets the same two numbers.

/** corrections.glitch of a technology table. */
export interface GlitchFactors {
  /** Extra energy per unit of product-datapath energy per delay unit of depth beyond the onset. */
  perDelay: number;
  /** Depth (table delay units) below which the datapath does not glitch. */
  onset: number;
}

/** The glitch energy for a design's product-datapath energy and its limiting stage's logic delay. */
export function glitchEnergy(g: GlitchFactors, logicEnergy: number, depth: number): number {
  return logicEnergy * g.perDelay * Math.max(0, depth - g.onset);
}

/** One design of the fit set: the estimate's zero-delay figures beside the timed gate level. */
export interface GlitchPoint {
  design: string;
  /** The zero-delay estimate's energy per MAC (table energy units). */
  estimate: number;
  /** Its product-datapath part per MAC (the fitted logic term). */
  logic: number;
  /** Its limiting stage's logic delay (table delay units). */
  depth: number;
  /** Timed (glitch-aware) gate-level energy per MAC, same units. */
  timed: number;
}

export interface GlitchFit {
  factors: GlitchFactors;
  /** Relative error of the timed estimate against the timed gate level, percent, per design. */
  errors: { design: string; errPct: number }[];
  rmsPct: number;
  worstPct: number;
}

/**
 * Least squares on the relative error of estimate + glitch against the timed gate level: for each
 * onset on a grid (0 to the deepest design's depth, `step` apart) the rate has a closed form
 * (held at 0 if negative); the onset with the smallest rms wins (the first of equals).
 */
export function fitGlitch(points: readonly GlitchPoint[], step: number): GlitchFit | undefined {
  if (points.length < 3 || !(step > 0)) return undefined;
  const maxDepth = Math.max(...points.map((p) => p.depth));
  let best: GlitchFit | undefined;
  for (let i = 0; i * step <= maxDepth; i++) {
    const onset = i * step;
    let num = 0,
      den = 0;
    for (const p of points) {
      const x = (p.logic * Math.max(0, p.depth - onset)) / p.timed;
      num += x * (1 - p.estimate / p.timed);
      den += x * x;
    }
    if (den === 0) continue;
    const perDelay = Math.max(0, num / den);
    const errors = points.map((p) => ({
      design: p.design,
      errPct: ((p.estimate + glitchEnergy({ perDelay, onset }, p.logic, p.depth)) / p.timed - 1) * 100,
    }));
    const rmsPct = Math.sqrt(errors.reduce((s, e) => s + e.errPct * e.errPct, 0) / errors.length);
    if (!best || rmsPct < best.rmsPct - 1e-9)
      best = { factors: { perDelay, onset }, errors, rmsPct, worstPct: Math.max(...errors.map((e) => Math.abs(e.errPct))) };
  }
  return best;
}

/** One line of the fit data (scripts/glitch-data.ts, tech/fits/*.jsonl): what the fit reads of it. */
export interface GlitchDataRow {
  file: string;
  gate: { zero: { total: number }; timed: { total: number } };
  est: { perMacFj: number; terms: { logic: number }; stages: { logic: number }[] };
}

/**
 * The fit set from the data's lines: each design's zero-delay estimate, its product-datapath part
 * (the raw term x the table's fitted `logic` factor, as the estimate prices it) and its limiting
 * stage's logic; `points` counts designs whose figures repeat once (the c32 forms shrink to the c16
 * ones), `byFile` has every file.
 */
export function glitchPoints(
  text: string,
  logicFactor: number,
): { rows: GlitchDataRow[]; points: GlitchPoint[]; byFile: Map<string, GlitchPoint> } {
  const rows = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GlitchDataRow);
  const byFile = new Map<string, GlitchPoint>();
  const seen = new Set<string>();
  const points: GlitchPoint[] = [];
  for (const r of rows) {
    const p: GlitchPoint = {
      design: r.file,
      estimate: r.est.perMacFj,
      logic: r.est.terms.logic * logicFactor,
      depth: Math.max(...r.est.stages.map((s) => s.logic)),
      timed: r.gate.timed.total,
    };
    byFile.set(r.file, p);
    const key = `${p.estimate.toFixed(3)}:${p.timed.toFixed(3)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    points.push(p);
  }
  return { rows, points, byFile };
}
