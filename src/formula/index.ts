export { type DescribeFormulaOptions, describeFormula, FORMULA_GLOSSARY } from './describe'
export { evaluateFormula } from './evaluate'
export { FORMULA_LIMITS } from './limits'
export {
  DEFAULT_FORMULA_VOCABULARY,
  type FormulaTargetLike,
  type FormulaVocabulary,
  type LintFormulaOptions,
  lintFormula,
} from './lint'
export { parseFormula } from './parse'
export type {
  CriterionReason,
  EvaluateFormulaOptions,
  FormulaCriterion,
  FormulaEvaluation,
  FormulaInvalid,
  FormulaNode,
  FormulaOperator,
  FormulaParseResult,
  FormulaValue,
  FormulaVariables,
  ParsedFormula,
  ParseFormulaOptions,
} from './types'
