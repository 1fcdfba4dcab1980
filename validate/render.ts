// Text and JSON forms of a validation report. Times only with `timing` (the rest is
// deterministic: same input, same bytes).
import type { Design } from '../ir/index.js';
import type { ErrorFigures } from './protocol.js';
import { SIM_MACS_PER_S, type GemmReport, type ValidateReport } from './validate.js';

const e3 = (x: number) => (x === 0 ? '0' : x.toExponential(2));
const fig = (f: ErrorFigures) => `max abs ${e3(f.maxAbs)}, rel RMS ${e3(f.relRms)}`;

function planText(p: Readonly<Record<string, unknown>> | undefined): string {
  if (!p) return '';
  if (p.method === 'int8') {
    const off = p.offsetA || p.offsetB ? ', offsets' : '';
    return `${p.int8Gemms} int8 GEMM${p.int8Gemms === 1 ? '' : 's'} (${p.digitsA}x${p.digitsB} digits${off}, ${p.kChunks} K chunk${p.kChunks === 1 ? '' : 's'}${p.perGroup ? `, per group: ${p.perGroup}` : ''})`;
  }
  return String(p.method);
}

function gemmLine(g: GemmReport, budgetS: number): string {
  const shape = `${g.M}x${g.N}x${g.K}`;
  const how =
    g.mode === 'full'
      ? `whole GEMM (${g.M * g.N * g.K} MACs within the ${budgetS} s budget)`
      : `${g.tile.simulated} of ${g.tile.total} tiles (${Math.min(g.tile.tm, g.M)}x${Math.min(g.tile.tn, g.N)} blocks of C at the full K)`;
  const res = `${g.matches} of ${g.compared} values match`;
  const mm = g.firstMismatch
    ? `; first mismatch C[${g.firstMismatch.m}][${g.firstMismatch.n}]: simulated ${g.firstMismatch.simulated}, reference ${g.firstMismatch.reference}`
    : '';
  return `${shape}  ${how}: ${res}${mm}`;
}

export function renderReport(r: ValidateReport, d: Design, o: { budgetS: number; timing: boolean; refType: string }): string {
  const rows: [string, string][] = [];
  rows.push(['design', `${d.name} (${d.architecture}); A ${tn(d.types.A)}, B ${tn(d.types.B)}, C ${tn(d.types.acc)}`]);
  const b = r.backend;
  const refText =
    r.ref === 'ts'
      ? 'TypeScript exact reference (in process)'
      : `${b?.backend ?? r.ref} ${b?.backend === 'torch' ? b.torch : b?.numpy} on ${b?.gpu ?? b?.device ?? '?'}${b?.int8 ? ` (int8 GEMM: ${b.int8 === 'triton' ? `Triton ${b.triton ?? ''}`.trim() : 'torch._int_mm'})` : ''}`;
  rows.push(['reference', `${refText}${r.ref !== 'ts' && r.gemms[0]?.plan ? `: ${planText(r.gemms[0].plan)}` : ''}`]);
  rows.push(['data', r.data]);
  if (r.operands?.a) rows.push(['A', `${r.operands.a.ref}: ${r.operands.a.note}`]);
  if (r.operands) rows.push(['B', `${r.operands.b.ref}: ${r.operands.b.note}`]);
  for (const g of r.gemms) rows.push([g.name, gemmLine(g, o.budgetS)]);
  if (r.quant) {
    for (const g of r.gemms) {
      if (!g.errors) continue;
      rows.push([
        `${g.name} error`,
        `dequantized vs ${o.refType}: ${fig(g.errors.yVsRef)}; vs fp64: ${fig(g.errors.yVsFp64)}; ${o.refType} vs fp64: ${fig(g.errors.refVsFp64)} (${g.errors.scope})`,
      ]);
    }
  }
  if (o.timing) {
    for (const g of r.gemms)
      rows.push([
        `${g.name} time`,
        `reference ${g.timing.referenceS.toFixed(2)} s, simulation ${g.timing.simulateS.toFixed(2)} s (${g.simulatedMacs} MACs)`,
      ]);
    rows.push(['time', `total ${r.timing.totalS.toFixed(2)} s, reference ${r.timing.referenceS.toFixed(2)} s (process included)`]);
  }
  const compared = r.gemms.reduce((s, g) => s + g.compared, 0),
    matches = r.gemms.reduce((s, g) => s + g.matches, 0);
  rows.push([
    'result',
    r.ok
      ? `OK: all ${compared} simulated accumulators equal the reference`
      : `MISMATCH: ${compared - matches} of ${compared} simulated accumulators differ from the reference`,
  ]);
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n';
}

function tn(t: { signed: boolean; bits: number }): string {
  return `${t.signed ? 'int' : 'uint'}${t.bits}`;
}

export function reportJson(r: ValidateReport, timing: boolean): string {
  const out = {
    ...r,
    gemms: r.gemms.map((g) => ({
      ...g,
      ...(g.firstMismatch
        ? {
            firstMismatch: {
              ...g.firstMismatch,
              simulated: g.firstMismatch.simulated.toString(),
              reference: g.firstMismatch.reference.toString(),
            },
          }
        : {}),
      ...(timing ? {} : { timing: undefined }),
    })),
    ...(timing ? {} : { timing: undefined }),
    simMacsPerS: SIM_MACS_PER_S,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
