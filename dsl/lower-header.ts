// The engine header: architecture, operand and accumulator types, encodings, clock,
// technology, pipeline and the declared K bound. Names get meaning here, with did-you-mean.
import type { Diagnostic } from '../ir/diagnostic.js';
import { ARCHITECTURES } from '../ir/architectures.js';
import {
  DIGIT_ENCODINGS,
  PIPELINE_STAGES,
  type Architecture,
  type Design,
  type DigitEncoding,
  type IntType,
  type OperandName,
  type PipelineStage,
  type Placement,
  type Span,
} from '../ir/types.js';
import type { EngineNode, HeaderItem } from './ast.js';
import { diag, unknownName } from './messages.js';

/** Parses `int8` / `uint4` / `int32`; undefined if the word is not an integer type. */
export function parseIntType(word: string): IntType | undefined {
  const m = /^(u?)int(\d{1,3})$/.exec(word);
  return m ? { signed: m[1] === '', bits: Number(m[2]) } : undefined;
}

export type EncoderDecl = { scheme?: DigitEncoding; placement?: Placement; span: Span };

export interface HeaderFacts {
  architecture?: Architecture;
  types: { A?: IntType; B?: IntType; acc?: IntType };
  encDecls: Map<OperandName, EncoderDecl>;
  clockNs?: number;
  technology?: string;
  pipeline?: PipelineStage[];
  /** Where the types were written (the IR's typeSpans). */
  typeSpans: { A?: Span; B?: Span; acc?: Span };
  workload?: Design['workload'];
  /** Where the technology value was written (the IR's technologySpan). */
  technologySpan?: Span;
}

export function lowerHeader(ast: EngineNode, headSpan: Span, c: { diags: Diagnostic[] }): HeaderFacts {
  const typeSpans: { A?: Span; B?: Span; acc?: Span } = {};
  let workload: Design['workload'];
  let technologySpan: Span | undefined;
  let architecture: Architecture | undefined;
  if (ast.arch) {
    if ((ARCHITECTURES as readonly string[]).includes(ast.arch.text)) architecture = ast.arch.text as Architecture;
    else c.diags.push(unknownName('architecture', ast.arch.text, ARCHITECTURES, ast.arch.span));
  }
  const types: { A?: IntType; B?: IntType; acc?: IntType } = {};
  const encDecls = new Map<OperandName, { scheme?: DigitEncoding; placement?: Placement; span: Span }>();
  let clockNs: number | undefined;
  let technology: string | undefined;
  let pipeline: PipelineStage[] | undefined;
  const seen = new Map<string, Span>();
  const once = (key: string, what: string, span: Span): boolean => {
    const first = seen.get(key);
    if (first) {
      c.diags.push(diag('E0203', span, { what }, { notes: [{ message: 'first declared here', span: first }] }));
      return false;
    }
    seen.set(key, span);
    return true;
  };
  for (const h of ast.header) readItem(h);

  function readItem(h: HeaderItem): void {
    switch (h.kind) {
      case 'type': {
        const op = h.operand.text;
        if (op !== 'A' && op !== 'B' && op !== 'C') {
          c.diags.push(unknownName('operand', op, ['A', 'B', 'C'], h.operand.span, 'A, B (the operands) or C (the accumulator)'));
          return;
        }
        if (!once(`type:${op}`, `the type of ${op}`, h.span)) return;
        const t = parseIntType(h.type.text);
        if (!t) {
          c.diags.push(
            unknownName(
              'type',
              h.type.text,
              ['int4', 'int8', 'int16', 'int32', 'uint4', 'uint8', 'uint16', 'uint32'],
              h.type.span,
              'intN or uintN, e.g. int8, uint4, int32',
            ),
          );
          return;
        }
        if (op === 'C') {
          types.acc = t;
          typeSpans.acc = h.type.span;
        } else {
          types[op] = t;
          typeSpans[op] = h.type.span;
        }
        return;
      }
      case 'encode': {
        const op = h.operand.text;
        if (op !== 'A' && op !== 'B') {
          c.diags.push(unknownName('operand', op, ['A', 'B'], h.operand.span, 'A or B (an operand to decompose into digits)'));
          return;
        }
        if (!once(`encode:${op}`, `the encoding of ${op}`, h.span)) return;
        const e: { scheme?: DigitEncoding; placement?: Placement; span: Span } = { span: h.span };
        if ((DIGIT_ENCODINGS as readonly string[]).includes(h.scheme.text)) e.scheme = h.scheme.text as DigitEncoding;
        else c.diags.push(unknownName('encoding', h.scheme.text, DIGIT_ENCODINGS, h.scheme.span));
        const p = h.place.text;
        if (h.prep === 'in' && p === 'pe') e.placement = 'pe';
        else if (h.prep === 'per' && (p === 'row' || p === 'column' || p === 'group')) e.placement = p;
        else c.diags.push(unknownName('placement', `${h.prep} ${p}`, ['in pe', 'per row', 'per column', 'per group'], h.place.span));
        encDecls.set(op, e);
        return;
      }
      case 'clock':
        if (!once('clock', 'the clock', h.span)) return;
        if (h.unit.text !== 'ns')
          c.diags.push(unknownName('time unit', h.unit.text, ['ns'], h.unit.span, '`ns` (the clock period in nanoseconds)'));
        if (!(Number.isFinite(h.value.value) && h.value.value > 0))
          c.diags.push(
            diag('E0216', h.value.span, {
              what: 'the clock period',
              rule: 'a positive number of nanoseconds',
              value: h.value.text,
              expected: 'e.g. `clock 2.0 ns`',
            }),
          );
        else clockNs = h.value.value;
        return;
      case 'technology':
        if (!once('technology', 'the technology', h.span)) return;
        if (h.value.text.length === 0)
          c.diags.push(
            diag('E0216', h.value.span, {
              what: 'the technology',
              rule: 'a table name or a path',
              value: '""',
              expected: '`technology generic`',
            }),
          );
        else {
          technology = h.value.text;
          technologySpan = h.value.span;
        }
        return;
      case 'pipeline': {
        if (!once('pipeline', 'the pipeline', h.span)) return;
        if (h.stages.length === 1 && h.stages[0].text === 'none') {
          pipeline = [];
          return;
        }
        const out: PipelineStage[] = [];
        const firstAt = new Map<string, Span>();
        for (const s of h.stages) {
          if (!(PIPELINE_STAGES as readonly string[]).includes(s.text)) {
            c.diags.push(
              unknownName(
                'pipeline stage',
                s.text,
                [...PIPELINE_STAGES, ...(h.stages.length === 1 ? ['none'] : [])],
                s.span,
                'operands, partial-products, tree or reduction (comma separated), or `none` alone',
              ),
            );
            continue;
          }
          const f = firstAt.get(s.text);
          // `reduction` is one register level of a reduction tree each time it is listed.
          if (f && s.text !== 'reduction') {
            c.diags.push(
              diag('E0203', s.span, { what: `pipeline stage \`${s.text}\`` }, { notes: [{ message: 'first listed here', span: f }] }),
            );
            continue;
          }
          firstAt.set(s.text, s.span);
          out.push(s.text as PipelineStage);
        }
        pipeline = out;
        return;
      }
      case 'workload':
        if (!once('workload', 'the workload bound', h.span)) return;
        if (h.var.text !== 'K') {
          c.diags.push(
            unknownName('workload dimension', h.var.text, ['K'], h.var.span, '`K` (the reduction length bound that sizes the accumulator)'),
          );
          return;
        }
        if (!(Number.isSafeInteger(h.bound.value) && h.bound.value >= 1)) {
          c.diags.push(
            diag('E0216', h.bound.span, {
              what: 'the K bound',
              rule: 'a positive integer',
              value: h.bound.text,
              expected: 'e.g. `workload K <= 4096`',
            }),
          );
          return;
        }
        workload = { k: h.bound.value, span: h.span };
        return;
    }
  }
  for (const [op, what] of [
    ['A', 'the type of operand A'],
    ['B', 'the type of operand B'],
    ['C', 'the accumulator type'],
  ] as const) {
    if (!seen.has(`type:${op}`))
      c.diags.push(diag('E0204', headSpan, { what, expected: `\`${op}: ${op === 'C' ? 'int32' : 'int8'}\` in the header` }));
  }

  return {
    architecture,
    types,
    encDecls,
    clockNs,
    technology,
    pipeline,
    typeSpans,
    ...(workload ? { workload } : {}),
    ...(technologySpan ? { technologySpan } : {}),
  };
}
