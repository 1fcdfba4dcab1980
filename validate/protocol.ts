// The files between the toolkit and gpu/tpe_gpu: a request JSON (tensors generated from a seed
// or read from .npy files), a result JSON on stdout, and the selected outputs as .npy files.
// gpu/README.md describes the same format for people writing requests by hand.
import type { FloatGen, IntGen, QuantScheme } from '../quant/index.js';

export type GpuBackend = 'numpy' | 'torch';
/** The torch back end's int8 GEMM primitive (gpu/tpe_gpu/backend.py); TPE_GPU_INT8 sets the default. */
export type GpuInt8 = 'auto' | 'triton' | 'intmm';

export type IntTensorSpec = { readonly type: string; readonly gen: IntGen } | { readonly type: string; readonly file: string };
export type FloatTensorSpec = { readonly gen: FloatGen } | { readonly file: string };

export interface OutputSpec {
  /** Folder of the .npy outputs, relative to the request file. */
  readonly dir?: string;
  /** Rows (of C, A, X) and columns (of C, B, W) to write; absent: all. */
  readonly rows?: readonly number[];
  readonly cols?: readonly number[];
  /** Also write the operands of the selection. */
  readonly operands?: boolean;
  /** sha256 of every full output tensor (bit-equality checks between back ends). */
  readonly hash?: boolean;
}

export interface GemmRequest {
  readonly version: 1;
  readonly kind: 'gemm';
  readonly backend?: GpuBackend | 'auto';
  readonly shape: { readonly M: number; readonly N: number; readonly K: number };
  readonly a: IntTensorSpec;
  readonly b: IntTensorSpec;
  readonly method?: 'int8' | 'float64';
  readonly int8?: GpuInt8;
  readonly outputs?: OutputSpec;
}

export interface QuantRequest {
  readonly version: 1;
  readonly kind: 'quant';
  readonly backend?: GpuBackend | 'auto';
  readonly scheme: QuantScheme;
  readonly shape: { readonly M: number; readonly N: number; readonly K: number };
  readonly x: FloatTensorSpec;
  readonly w: FloatTensorSpec;
  readonly group?: number;
  readonly ref?: 'bf16' | 'fp16';
  readonly method?: 'int8' | 'float64';
  readonly int8?: GpuInt8;
  readonly outputs?: OutputSpec;
}

export interface DigitsRequest {
  readonly version: 1;
  readonly kind: 'digits';
  readonly backend?: GpuBackend | 'auto';
  readonly scheme: 'binary' | 'booth4' | 'ent';
  readonly shape: { readonly rows: number; readonly cols: number };
  readonly x: IntTensorSpec;
  readonly group?: number;
}

export interface BatchRequest {
  readonly version: 1;
  readonly kind: 'batch';
  readonly int8?: GpuInt8;
  readonly requests: readonly GpuRequest[];
}

export type GpuRequest = GemmRequest | QuantRequest | DigitsRequest | BatchRequest;

export interface OutputFile {
  readonly file: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly sha256?: string;
}

export interface ErrorFigures {
  readonly maxAbs: number;
  readonly relRms: number;
}

export interface GpuError {
  readonly code: string;
  readonly message: string;
  readonly where?: string;
  readonly hint?: string;
}

export interface GpuResult {
  readonly version: 1;
  readonly ok: boolean;
  readonly kind?: GpuRequest['kind'];
  readonly error?: GpuError;
  readonly backend?: {
    readonly backend: GpuBackend;
    readonly device: string;
    readonly gpu?: string;
    readonly torch?: string;
    readonly numpy: string;
    /** torch only: the int8 primitive that ran, Triton's version, why auto did not take Triton. */
    readonly int8?: 'triton' | 'intmm';
    readonly triton?: string;
    readonly int8Note?: string;
  };
  readonly plan?: Readonly<Record<string, unknown>> & {
    readonly method: string;
    readonly int8Gemms?: number;
    readonly kChunks?: number;
    readonly digitsA?: number;
    readonly digitsB?: number;
  };
  readonly outputs?: Readonly<Record<string, OutputFile>>;
  readonly errors?: { readonly yVsRef: ErrorFigures; readonly yVsFp64: ErrorFigures; readonly refVsFp64: ErrorFigures };
  readonly stats?: Readonly<Record<string, unknown>>;
  readonly timing?: Readonly<Record<string, number>>;
  readonly results?: readonly GpuResult[];
}
