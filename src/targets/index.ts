export { type TargetFindingsOptions, targetFindings } from './findings'
export { type FormatTargetOptions, formatTarget } from './format'
export { normalizeTargetText } from './normalize'
export { type ParseTargetOptions, parseTarget } from './parse'
export { targetTextFromParts } from './parts'
export type {
  Comparator,
  ComparatorInference,
  DeadlineTarget,
  NoneTarget,
  QualitativeTarget,
  QuantitativeTarget,
  Target,
  TargetProblem,
  TargetSuspicion,
  TargetText,
  UnreadableTarget,
} from './types'
