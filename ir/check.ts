// Semantic rules over the IR: they hold for designs read from text and for designs built by
// code or by the OPT passes, so transformations are checked by the same rules, and the back ends
// (simulator, cost model, RTL) trust a design these rules accept (`checkedDesign`).
import { architectureOf, type FlowRule } from './architectures.js';
import { digitCount, loopOf, maxSafeK, productRange } from './derive.js';
import type { Diagnostic } from './diagnostic.js';
import { checkLimits } from './check-limits.js';
import { diag, didYouMean } from './messages.js';
import type { Design, IntType, LoopVar, Span } from './types.js';

const INDEXED_BY: Record<'A' | 'B' | 'C', LoopVar[]> = { A: ['m', 'k'], B: ['k', 'n'], C: ['m', 'n'] };
const typeName = (t: IntType) => `${t.signed ? '' : 'u'}int${t.bits}`;
const flowText = (f: FlowRule) => `${f.operand} ${f.movement} along ${f.along}`;

/** Technology tables shipped in tech/ (the cost model loads them; a .json path names a user's table). */
const KNOWN_TECH = ['generic', 'ihp-sg13g2'];

/** What lowering could not read (already reported): the rules that depend on it are skipped. */
export type PartialField = 'arch' | 'types' | 'reduction' | 'encoders' | 'flows' | 'loops';

export interface CheckOptions {
  /**
   * Fields lowering could not read (already reported) and filled with placeholders so the
   * remaining rules still run in the same pass; the rules that depend on them are skipped.
   */
  readonly partial?: ReadonlySet<PartialField>;
}

const ERRORS = new WeakMap<Design, readonly Diagnostic[]>();

/**
 * The errors checkDesign finds, computed once per design object (designs are immutable). The
 * back ends call this at their entry and otherwise trust the design: an empty list means every
 * rule here holds.
 */
export function designErrors(d: Design): readonly Diagnostic[] {
  let e = ERRORS.get(d);
  if (!e) {
    e = checkDesign(d).filter((x) => x.severity === 'error');
    ERRORS.set(d, e);
  }
  return e;
}

export function checkDesign(d: Design, opts: CheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (s: Span | undefined) => s ?? d.span;
  const classic = architectureOf(d).family !== 'bit-slice';
  const partial = opts.partial ?? new Set();
  const typeSpans = d.typeSpans ?? {};
  const knowArch = !partial.has('arch');
  const knowTypes = !partial.has('types');
  const knowRed = !partial.has('reduction');
  const knowEnc = !partial.has('encoders');
  const knowFlows = !partial.has('flows');
  const knowLoops = !partial.has('loops');

  out.push(...checkLimits(d));

  // Widths.
  for (const [op, t, min, max, span] of [
    ['A', d.types.A, 2, 16, typeSpans.A],
    ['B', d.types.B, 2, 16, typeSpans.B],
    ['C', d.types.acc, 2, 64, typeSpans.acc],
  ] as const) {
    if (!Number.isSafeInteger(t.bits) || t.bits < min || t.bits > max) {
      out.push(
        diag('E0214', at(span), {
          operand: op,
          bits: t.bits,
          what: op === 'C' ? 'the accumulator' : 'an operand',
          min,
          max,
          example: op === 'C' ? '`C: int32`' : '`int2`..`int16` or `uint2`..`uint16`',
        }),
      );
    }
  }
  for (const op of ['A', 'B'] as const) {
    if (knowTypes && d.types[op].signed && !d.types.acc.signed)
      out.push(diag('E0311', at(typeSpans.acc), { operand: op, bits: d.types.acc.bits }));
  }
  if (!(Number.isFinite(d.clockNs) && d.clockNs > 0))
    out.push(
      diag('E0216', d.span, {
        what: 'the clock period',
        rule: 'a positive number of nanoseconds',
        value: String(d.clockNs),
        expected: '`clock 2.0 ns`',
      }),
    );

  // Loops.
  const first = new Map<LoopVar, Span>();
  for (const l of d.loops) {
    const f = first.get(l.var);
    if (f) out.push(diag('E0202', l.span, { name: l.var }, { notes: [{ message: `first \`${l.var}\` loop here`, span: f }] }));
    else first.set(l.var, l.span);
    if (l.mapping === 'spatial' && l.size === undefined) out.push(diag('E0205', l.span, { name: l.var }));
    if (l.mapping === 'temporal' && l.size !== undefined) out.push(diag('E0206', l.span, { name: l.var, size: l.size }));
    if (l.size !== undefined && !(Number.isSafeInteger(l.size) && l.size >= 1))
      out.push(
        diag('E0216', l.span, {
          what: `the size of loop ${l.var}`,
          rule: 'a positive integer',
          value: String(l.size),
          expected: `\`forall ${l.var} 8\``,
        }),
      );
    if (l.skipZeros) {
      if (l.var === 'j' || l.var === 'i') {
        if (l.mapping === 'spatial') out.push(diag('E0301', l.span, { name: l.var }));
      } else
        out.push(
          diag('E0308', l.span, {
            problem: `\`skip zeros\` on loop ${l.var}, which is not a bit-weight loop`,
            expected: 'skip zeros on the temporal j or i loop only',
            hint: 'zero digits are skipped, not zero rows',
          }),
        );
    }
  }
  for (const v of ['m', 'n', 'k', 'j'] as const) {
    if (knowLoops && !first.has(v))
      out.push(
        diag('E0209', d.span, {
          name: v,
          hint:
            v === 'j'
              ? 'the bit-weight loop over the digits of the encoded operand, e.g. `forall j 4 { pp[j] = ... }`'
              : `add a \`for ${v}\` or \`forall ${v} N\` loop`,
        }),
      );
  }
  const j = loopOf(d, 'j');
  const i = loopOf(d, 'i');
  const k = loopOf(d, 'k');

  // Encoders and digit counts.
  const e0 = d.encoders[0];
  const e1 = d.encoders[1];
  if (!e0 && knowEnc) out.push(diag('E0204', d.span, { what: 'the encoding of the j operand', expected: '`encode A booth4 in pe`' }));
  const fit = (l: typeof j, e: typeof e0) => {
    if (!knowTypes || !l || !e || l.mapping !== 'spatial' || l.size === undefined) return;
    const t = d.types[e.operand];
    const n = digitCount(t, e.scheme);
    if (l.size !== n)
      out.push(
        diag('E0302', l.span, {
          scheme: e.scheme,
          operand: e.operand,
          type: typeName(t),
          digits: n,
          loop: `forall ${l.var} ${l.size}`,
          size: l.size,
          var: l.var,
        }),
      );
  };
  fit(j, e0);
  fit(i, e1);
  if (classic && knowArch) {
    for (const l of [j, i])
      if (l && l.mapping === 'temporal')
        out.push(diag('E0305', l.span, { name: l.var, arch: d.architecture, digits: e0 ? digitCount(d.types[e0.operand], e0.scheme) : 4 }));
    if (i)
      out.push(
        diag('E0313', i.span, {
          problem: `an i loop (digits of the second operand) on ${d.architecture}`,
          expected: 'the i loop only in bitslice designs',
          hint: 'remove the i loop or declare `: bitslice`',
        }),
      );
  }
  if (knowEnc && i && !e1)
    out.push(
      diag('E0313', i.span, {
        problem: 'the i loop steps through digits of the second operand, but it has no encoding',
        expected: '`encode B booth4 in pe` and `map(encode(B, i), encode(A, j))`',
        hint: 'add the second encoder',
      }),
    );
  if (e1 && !i)
    out.push(
      diag('E0313', e1.span, {
        problem: `${e1.operand} is encoded but there is no i loop over its digits`,
        expected: '`for i skip zeros { ... }` inside the j loop',
        hint: `or remove \`encode ${e1.operand}\``,
      }),
    );
  if (e0 && e1 && e0.operand === e1.operand)
    out.push(
      diag('E0313', e1.span, {
        problem: `both bit-weight loops decompose ${e0.operand}`,
        expected: 'j over the digits of one operand and i over the other',
        hint: 'encode A for j and B for i',
      }),
    );
  for (const e of d.encoders) {
    if (e.placement === 'group' && d.peGroup === undefined)
      out.push(
        diag('E0312', e.span, {
          problem: 'the encoder is shared `per group`, but there is no PE group',
          expected: 'a spatial `forall k G group` loop (OPT4E), or `in pe` / `per row` / `per column`',
        }),
      );
  }

  // Movement.
  const seenFlow = new Set<string>();
  for (const f of d.flows) {
    const key = `${f.operand}@${f.along}`;
    if (seenFlow.has(key))
      out.push(
        diag('E0307', f.span, {
          problem: `the movement of ${f.operand} along ${f.along} is stated twice`,
          expected: 'one movement per operand and loop',
          hint: 'keep one',
        }),
      );
    seenFlow.add(key);
    if (f.along === 'j' || f.along === 'i')
      out.push(
        diag('E0307', f.span, {
          problem: `${f.operand} moves along the bit-weight loop ${f.along}`,
          expected: 'movement along m, n or k',
          hint: 'digits stay inside the PE; state movement on the m, n or k loops',
        }),
      );
    else if (INDEXED_BY[f.operand].includes(f.along))
      out.push(
        diag('E0307', f.span, {
          problem: `${f.operand} is indexed by ${f.along}, so it cannot move along ${f.along}`,
          expected: `${f.operand} moves along ${(['m', 'n', 'k'] as LoopVar[]).filter((v) => !INDEXED_BY[f.operand].includes(v)).join(' or ')}`,
          hint: 'each PE along that loop needs a different element, so nothing can be passed on',
        }),
      );
    if (!first.has(f.along))
      out.push(
        diag('E0307', f.span, {
          problem: `${f.operand} moves along ${f.along}, which is not a loop of the nest`,
          expected: 'a movement on an existing loop',
          hint: '',
        }),
      );
  }
  const cFlow = d.flows.find((f) => f.operand === 'C' && f.along === 'k');
  const cStationary = cFlow?.movement === 'stationary';

  // Reduction against movement.
  const r = d.reduction;
  if (knowRed) {
    if (r.order === 'bitweight-outer' && k?.mapping !== 'spatial') {
      out.push(
        diag('E0303', r.span, {
          problem: 'same-bit-weight compression (j outside k) needs a spatial k loop to compress across',
          expected: '`forall k K` (adder tree, WS column, cube)',
          hint: 'with a temporal k there is one product per cycle; use OPT1 instead',
        }),
      );
    }
    if (knowFlows && k?.mapping === 'temporal' && cFlow && !cStationary) {
      out.push(
        diag('E0303', cFlow.span, {
          problem: `temporal accumulation over k keeps C in the PE, but C is ${cFlow.movement} along k`,
          expected: '`C stationary` on the k loop',
          hint: 'make k spatial to pass partial sums along it',
        }),
      );
    }
    // A cube of MAC PEs chains partial sums along k into an accumulator per output, held like a stationary C.
    const accHeld = cStationary || (knowArch && architectureOf(d).chainAccumulator && cFlow?.movement === 'systolic');
    const drainName = r.finalCpa === 'per-row' ? 'per row' : r.finalCpa === 'shared' ? 'in a shared resolve stage' : 'per PE at drain';
    if (knowFlows && (r.finalCpa === 'per-pe-drain' || r.finalCpa === 'per-row' || r.finalCpa === 'shared') && !accHeld) {
      out.push(
        diag('E0303', r.span, {
          problem: `a CPA ${drainName} needs the accumulator held in the PE (C stationary along k)${cFlow ? `, but C is ${cFlow.movement}` : ''}`,
          expected: '`C stationary` on the k loop, or `at drain per column`',
          hint: 'partial sums that flow along k are resolved where they leave the array: per column',
        }),
      );
    }
    if (r.finalCpa === 'shared') {
      const pes = d.loops.filter((l) => l.mapping === 'spatial' && (l.var === 'm' || l.var === 'n')).reduce((a, l) => a * (l.size ?? 1), 1);
      if (r.lanes === undefined || !(Number.isSafeInteger(r.lanes) && r.lanes >= 1 && r.lanes <= pes)) {
        out.push(
          diag('E0216', r.span, {
            what: 'the lanes of the shared resolve stage',
            rule: `an integer from 1 to the ${pes} accumulators of the array`,
            value: String(r.lanes),
            expected: '`C = add(C.s, C.c) at drain shared 8`',
          }),
        );
      }
    } else if (r.lanes !== undefined) {
      out.push(
        diag('E0211', r.span, {
          problem: `resolve lanes are given, but the final CPA is ${r.finalCpa}`,
          expected: 'lanes with `at drain shared N` only',
          hint: 'drop the lanes',
        }),
      );
    }
    if (r.finalCpa === 'per-column' && k?.mapping !== 'spatial') {
      out.push(
        diag('E0303', r.span, {
          problem: 'a CPA per column resolves sums that leave a spatial k reduction, but k is temporal',
          expected: '`at drain per pe` or `at drain per row`',
          hint: 'with a temporal k the accumulator stays in the PE',
        }),
      );
    }
    if (r.k === 'carry-save' && r.finalCpa === 'per-product')
      out.push(
        diag('E0211', r.span, {
          problem: 'the carry-save accumulator is never resolved (final CPA per product)',
          expected: 'a final CPA per pe, row or column',
          hint: 'or accumulate in binary',
        }),
      );
    if (r.k === 'cpa' && r.finalCpa !== 'per-product')
      out.push(
        diag('E0211', r.span, {
          problem: `C is binary after every accumulation, so a final CPA ${r.finalCpa} has nothing to resolve`,
          expected: 'final CPA per product, or a carry-save accumulator',
          hint: '',
        }),
      );
  }

  // Sparsity and PE groups.
  if (d.sparse) {
    if (!(Number.isSafeInteger(d.sparse.groupSize) && d.sparse.groupSize >= 1))
      out.push(
        diag('E0216', d.sparse.span, {
          what: 'the sparse group',
          rule: 'a positive integer',
          value: String(d.sparse.groupSize),
          expected: '`sparse(encode(A, j), 4)`',
        }),
      );
    if (!j || j.mapping !== 'temporal' || !j.skipZeros)
      out.push(
        diag('E0308', d.sparse.span, {
          problem: 'the sparse encoder issues nonzero digits one per cycle, so the j loop must be temporal and skip zeros',
          expected: '`for j skip zeros { ... }`',
          hint: 'or drop sparse(...)',
        }),
      );
    if (i)
      out.push(
        diag('E0308', d.sparse.span, {
          problem: 'group sparsity scans the digits of A only; this design also steps through digits of B (loop i)',
          expected: 'no i loop with sparse(...)',
          hint: 'OPT3 removes the i loop',
        }),
      );
  }
  if (d.peGroup !== undefined) {
    if (!k || k.mapping !== 'spatial')
      out.push(
        diag('E0312', d.span, {
          problem: 'a PE group (OPT4E) extends the PE along k, but k is not spatial',
          expected: '`forall k G group`',
        }),
      );
    else if (k.size !== d.peGroup)
      out.push(
        diag('E0312', k.span, {
          problem: `the PE group is ${d.peGroup} but the spatial k loop is ${k.size}`,
          expected: `\`forall k ${d.peGroup} group\``,
        }),
      );
  }
  // A PE group of term-pair lanes (laconic: loop i over B's digits) needs no sparse groups.
  if (d.peGroup !== undefined && !d.sparse && !i)
    out.push(
      diag('E0312', k?.span ?? d.span, {
        problem:
          'a PE group (OPT4E) gives each of its lanes a group of k-elements to scan for nonzero digits, but the design has no sparse groups',
        expected: '`sparse(encode(A, j), 4)` in the partial product (OPT3), or no `group`',
      }),
    );

  // Bit-slice designs step through digits over time (docs/CYCLES.md): the j loop skips zeros,
  // and either B's digits are stepped too (term pairs, loop i) or A's are scanned by groups.
  if (!classic && knowArch && knowLoops) {
    if (j && !j.skipZeros)
      out.push(
        diag('E0304', j.span, {
          problem: `${d.architecture} steps through the digits of ${e0?.operand ?? 'A'} over time, skipping zeros, but the j loop is ${j.mapping === 'spatial' ? 'spatial' : 'temporal without skip zeros'}`,
          expected: '`for j skip zeros { ... }`',
          hint: 'a spatial digit loop is a classic multiplier: use a classic architecture',
        }),
      );
    if (i && !i.skipZeros)
      out.push(
        diag('E0313', i.span, {
          problem: `the i loop steps through the digits of ${e1?.operand ?? 'B'} over time, but it is ${i.mapping === 'spatial' ? 'spatial' : 'temporal without skip zeros'}`,
          expected: '`for i skip zeros { ... }` inside the j loop',
          hint: 'term pairs of two digit streams are issued one per cycle',
        }),
      );
    if (!i && !d.sparse && j?.mapping === 'temporal')
      out.push(
        diag('E0308', j.span, {
          problem: 'a zero-skipping j loop without an i loop scans the digits of a group of k-elements, but there is no sparse group',
          expected: '`sparse(encode(A, j), 4)` in the partial product (OPT3), or an i loop over the digits of B',
          hint: 'the sparse encoder issues the nonzero digits of a group one per cycle',
        }),
      );
    if (k?.mapping === 'spatial' && d.peGroup === undefined)
      out.push(
        diag('E0312', k.span, {
          problem: `a spatial k on ${d.architecture} is a PE group (OPT4E), but the loop is not marked as one`,
          expected: `\`forall k ${k.size ?? 2} group\``,
        }),
      );
  }

  // The architecture header against the nest (reference: ir/build.ts presetDesign).
  if (knowArch && knowLoops && knowFlows) checkArchitecture(d, out);

  // Accumulator range against the declared K bound.
  const widthsOk = [d.types.A, d.types.B].every((t) => t.bits >= 2 && t.bits <= 16) && d.types.acc.bits >= 2 && d.types.acc.bits <= 64;
  const oneProduct = knowTypes && widthsOk && maxSafeK(d) < 1;
  if (oneProduct) {
    const p = productRange(d);
    let bits = d.types.acc.bits;
    while (bits < 64 && maxSafeK({ ...d, types: { ...d.types, acc: { ...d.types.acc, bits } } }) < 1) bits++;
    out.push(
      diag('W0314', at(typeSpans.acc), {
        acc: typeName(d.types.acc),
        min: String(p.min),
        max: String(p.max),
        need: bits,
        wider: typeName({ signed: d.types.acc.signed, bits }),
      }),
    );
  }
  if (!KNOWN_TECH.includes(d.technology) && !d.technology.endsWith('.json')) {
    const near = didYouMean(d.technology, KNOWN_TECH);
    out.push(
      diag('W0315', d.technologySpan ?? d.span, {
        name: d.technology,
        hint: near
          ? `did you mean \`${near}\`?`
          : 'derive a table from your liberty with `tpe tech derive --liberty file.lib -o mytech.json`',
      }),
    );
  }
  if (d.workload && knowTypes && widthsOk && !oneProduct) {
    const safe = maxSafeK(d);
    if (safe < d.workload.k) {
      let bits = d.types.acc.bits;
      while (bits < 64 && maxSafeK({ ...d, types: { ...d.types, acc: { ...d.types.acc, bits } } }) < d.workload.k) bits++;
      out.push(
        diag('W0306', d.workload.span, {
          acc: typeName(d.types.acc),
          k: d.workload.k,
          safe,
          wider: typeName({ signed: d.types.acc.signed, bits }),
        }),
      );
    }
  }
  return out;
}

function checkArchitecture(d: Design, out: Diagnostic[]): void {
  const spatial = d.loops
    .filter((l) => l.mapping === 'spatial' && (l.var === 'm' || l.var === 'n' || l.var === 'k'))
    .map((l) => l.var)
    .sort()
    .join(',');
  const def = architectureOf(d);
  if (!def.spatial.includes(spatial)) {
    const mnk = (csv: string) =>
      csv
        .split(',')
        .filter(Boolean)
        .sort((a, b) => 'mnk'.indexOf(a) - 'mnk'.indexOf(b));
    const want = def.spatial.map((s) => mnk(s).join(', ')).join(' (or ');
    const close = def.spatial.length > 1 ? ')' : '';
    const got = mnk(spatial);
    out.push(
      diag('E0304', d.span, {
        problem: `${d.architecture} unrolls ${want}${close} in hardware, but this nest unrolls ${got.length ? got.join(', ') : 'none of m, n, k'}`,
        expected: `spatial loops over ${want}${close}: \`forall V N\``,
        hint: 'change the loops, or the architecture after the engine name',
      }),
    );
  }
  const ref = def.flows;
  for (const f of ref) {
    const got = d.flows.find((g) => g.operand === f.operand && g.along === f.along);
    if (!got)
      out.push(
        diag('E0304', loopOf(d, f.along)?.span ?? d.span, {
          problem: `${d.architecture} moves ${flowText(f)}, but the nest does not say so`,
          expected: `\`(${f.operand} ${f.movement})\` on the ${f.along} loop`,
          hint: 'state how each operand moves on the loop it moves along',
        }),
      );
    else if (got.movement !== f.movement)
      out.push(
        diag('E0304', got.span, {
          problem: `${d.architecture} moves ${flowText(f)}, not ${got.movement}`,
          expected: `\`${f.operand} ${f.movement}\``,
          hint: 'change the movement, or the architecture',
        }),
      );
  }
  for (const g of d.flows) {
    if (!ref.some((f) => f.operand === g.operand && f.along === g.along))
      out.push(
        diag('E0304', g.span, {
          problem: `${d.architecture} has no movement of ${g.operand} along ${g.along}`,
          expected: `the movements of ${d.architecture}: ${ref.map(flowText).join(', ')}`,
          hint: 'remove it',
        }),
      );
  }
}
