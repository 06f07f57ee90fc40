export {
  checkScheme,
  DEFAULT_SCHEME,
  defaultSchemeFor,
  type SchemeName,
  type ScoringScheme,
  ScoringSchemeSchema,
  schemes,
} from './scheme'
export {
  executionScore,
  gradeFor,
  type ScoreRule,
  type ScoreTrace,
  scoreIndicator,
} from './score'
