// The IR's public face: types, diagnostics, the architecture definitions, derived quantities,
// canonical builders, the rules every design obeys and the OPT passes over it.
export * from './types.js';
export * from './diagnostic.js';
export * from './architectures.js';
export * from './derive.js';
export * from './build.js';
export * from './matrix.js';
export { checkDesign, designErrors, type CheckOptions, type PartialField } from './check.js';
export { IR_MESSAGES, diag as irDiag, didYouMean, editDistance, type IrCode, type MessageDef } from './messages.js';
export {
  applyTransforms,
  isTransformName,
  TRANSFORMS,
  opt1,
  opt2,
  opt3,
  opt4c,
  opt4e,
  type Opt1Cpa,
  type TransformName,
  type TransformOptions,
} from './transform/index.js';
