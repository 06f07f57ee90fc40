export {
  type AmountChange,
  type BeforeAfter,
  type CompareOptions,
  compareEvaluations,
  type FormComparison,
  type IndicatorChange,
  type IndicatorComparison,
  type PointChange,
} from './compare'
export { type EvaluationPair, type EvaluationPairs, type PairEntry, pairEvaluations } from './pair'
