export type { Failure, Result, Success } from '../findings/result'
export {
  type AmountProblem,
  type AmountResult,
  convertAmount,
  type ParseAmountOptions,
  parseAmount,
} from './amount'
export type { DecimalString } from './decimal'
export { AMOUNT_LIMITS } from './limits'
export { MONEY_UNITS, type MoneyUnit } from './units'
