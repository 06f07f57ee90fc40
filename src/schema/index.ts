export {
  type Evidence,
  EvidenceSchema,
  type FormKind,
  FormKindSchema,
  type FundingRow,
  FundingRowSchema,
  type FundingSource,
  FundingSourceSchema,
  ImprovementSchema,
  type Indicator,
  IndicatorSchema,
  type IndicatorStatus,
  IndicatorStatusSchema,
  MoneyUnitSchema,
  ProblemSchema,
  type SelfEvaluation,
  type SelfEvaluationInput,
  SelfEvaluationSchema,
  type Task,
  TaskSchema,
} from './form'
export { selfEvaluationJsonSchema } from './json-schema'
export { type ParseOptions, type ParseResult, parseSelfEvaluation } from './parse'
