export { type EvaluateOptions, emptySummary, evaluate, scoreForm, validate } from './evaluate'
export type {
  EvaluatedCategory,
  EvaluatedFundingRow,
  EvaluatedIndicator,
  EvaluatedRate,
  EvaluatedScore,
  EvaluatedTask,
  Evaluation,
  EvaluationBase,
  EvaluationSummary,
  FormEvaluation,
  NotAFormEvaluation,
} from './types'
