export { type EvaluateOptions, evaluate, scoreForm, validate } from './evaluate'
export type {
  EvaluatedFundingRow,
  EvaluatedIndicator,
  EvaluatedRate,
  EvaluatedScore,
  EvaluatedTask,
  Evaluation,
  EvaluationSummary,
} from './types'
