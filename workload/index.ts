// Public face of workload/: GEMM workloads of real models, workload text (`llama-3-8b:decode`,
// `64x64x128`), real tensors from .npy / .safetensors as integer operands, their digit statistics.
export { MODEL_PRESETS, findModel, modelGemms, type ModelPreset, type ModelPhase, type LayerGemm, type ModelGemm } from './models.js';
export { parseWorkload, type WorkloadSet, type WorkloadGemm } from './parse.js';
export {
  readSafetensorsHeader,
  listSafetensors,
  findEntry,
  readEntryBytes,
  encodeSafetensors,
  SAFETENSORS_DTYPES,
  type SafetensorsDtype,
  type SafetensorsEntry,
} from './safetensors.js';
export {
  parseTensorRef,
  formatTensorRef,
  openTensor,
  readTensor,
  tensorInfo,
  tensorMatrix,
  tensorDist,
  type TensorRef,
  type TensorSource,
  type TensorDtype,
  type IntTensor,
  type ReadTensorOptions,
  type Quantize,
} from './tensor.js';
export { digitSummary, gemmDigitStats, tensorDigitStats, type DigitSummary, type TensorDigitStats } from './stats.js';
export { WORKLOAD_CODES, type WorkloadCode } from './diagnostics.js';
