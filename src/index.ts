/**
 * `@lw/perf-eval`: budget performance self-evaluation (预算绩效自评) as schemas and pure functions.
 *
 * @packageDocumentation
 */
export {
  type Finding,
  type FindingParam,
  type FindingPath,
  type RuleArea,
  type RuleDefinition,
  rules,
  type Severity,
  sortFindings,
} from './findings/index'
export { type Bilingual, LOCALES, type Locale } from './i18n/index'
export {
  type AmountProblem,
  type AmountResult,
  convertAmount,
  MONEY_UNITS,
  type MoneyUnit,
  type ParseAmountOptions,
  parseAmount,
} from './money/index'
export * from './schema/index'
export {
  DEFAULT_SCHEME,
  type SchemeName,
  type ScoringScheme,
  ScoringSchemeSchema,
  schemes,
} from './score/index'
export {
  type CriterionReason,
  DEFAULT_FORMULA_VOCABULARY,
  type DescribeFormulaOptions,
  describeFormula,
  type EvaluateFormulaOptions,
  evaluateFormula,
  FORMULA_GLOSSARY,
  FORMULA_LIMITS,
  type FormulaCriterion,
  type FormulaEvaluation,
  type FormulaInvalid,
  type FormulaNode,
  type FormulaOperator,
  type FormulaParseResult,
  type FormulaTargetLike,
  type FormulaValue,
  type FormulaVariables,
  type FormulaVocabulary,
  type LintFormulaOptions,
  lintFormula,
  type ParsedFormula,
  type ParseFormulaOptions,
  parseFormula,
} from './formula/index'
