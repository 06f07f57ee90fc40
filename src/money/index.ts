export {
  type AmountProblem,
  type AmountResult,
  convertAmount,
  isFinding,
  type ParseAmountOptions,
  parseAmount,
  readAmount,
} from './amount'
export type { DecimalString } from './decimal'
export { MONEY_UNITS, type MoneyUnit } from './units'
