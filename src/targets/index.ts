export {
  type DirectionReading,
  type DirectionSource,
  type IndicatorDirection,
  type IndicatorDirectionOptions,
  indicatorDirection,
} from './direction'
export { type TargetFindingsOptions, targetFindings } from './findings'
export { type FormatTargetOptions, formatTarget } from './format'
export { normalizeChineseText } from './hanzi'
export { TARGET_LIMITS } from './limits'
export { normalizeTargetText } from './normalize'
export { type ParseTargetOptions, parseTarget, readTargetInName } from './parse'
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
export { type UnitInfo, unitInfo } from './unit-info'
export type { UnitDimension } from './units'
