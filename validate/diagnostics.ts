// Diagnostics of `tpe validate` and the GPU reference runner: stable codes, one table.
import type { Diagnostic } from '../ir/index.js';

export const VALIDATE_CODES = {
  V0101: 'bad GEMM shape or workload',
  V0102: 'quantized scheme does not fit the design',
  V0103: 'K is not a multiple of the group size',
  V0104: 'the reference rejected the request',
  V0105: 'simulated accumulator differs from the reference',
  V0106: 'simulation failed',
  V0107: 'bad reference output',
  V0108: 'operand data do not fit the GEMM or the scheme',
  V0201: 'Python not found',
  V0202: 'numpy not installed',
  V0203: 'PyTorch not installed',
  V0204: 'the reference crashed',
} as const;
export type ValidateCode = keyof typeof VALIDATE_CODES;

export function vError(code: ValidateCode, message: string, extra: { expected?: string; hint?: string } = {}): Diagnostic {
  return { code, severity: 'error', message, ...extra };
}

/** Codes that mean a tool is missing (exit 3) rather than bad input (exit 1). */
export const TOOL_CODES: ReadonlySet<string> = new Set(['V0201', 'V0202', 'V0203', 'V0204']);
