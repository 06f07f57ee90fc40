export {
  type AmountProblem,
  type AmountResult,
  convertAmount,
  type ParseAmountOptions,
  parseAmount,
} from './amount'
export { MONEY_UNITS, type MoneyUnit } from './units'
