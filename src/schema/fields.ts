/**
 * Field-level schemas shared by the form schema: amounts, decimals, printed figures, dates.
 * @internal
 */
import * as z from 'zod/mini'
import { readAmount } from '../money/amount'

/** Cell texts that mean "nothing printed here" in an amount column. */
const BLANK = new Set(['', '-', '－', '—', '–', '/', '／', '无', '一'])

/** A cell that prints only the unit of the column (遂宁's empty '万元' cells) holds no figure. */
const UNIT_ONLY = /^(元|万元|萬元|亿元)$/u

/** True when a printed cell holds a placeholder rather than a figure. @internal */
export function isBlankCell(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const bare = value.normalize('NFKC').replace(/\s+/gu, '')
  return BLANK.has(bare) || UNIT_ONLY.test(bare)
}

function decimalField(code: 'AMOUNT_UNPARSEABLE' | 'NUMBER_UNPARSEABLE') {
  return z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((value, ctx) => {
      if (isBlankCell(value)) return undefined
      const parsed = readAmount(value)
      if (parsed.success) return parsed.value
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: parsed.finding.message,
        params: { findingCode: code, text: String(value), problem: parsed.problem },
      })
      return z.NEVER
    }),
  )
}

/**
 * An amount of money in the form's unit: a decimal string or a number, normalised to a canonical
 * decimal string. A blank cell ("", "-", "—", "/", "无") means not printed.
 */
export const AmountField = decimalField('AMOUNT_UNPARSEABLE')

/** A plain decimal (weights, points), normalised like an amount. */
export const DecimalField = decimalField('NUMBER_UNPARSEABLE')

/** A figure kept exactly as the form prints it ("89. 31%", "IO", "1"); numbers become strings. */
export const PrintedField = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value) => (typeof value === 'number' ? String(value) : value)),
)

/** Free text as written. */
export const TextField = z.string()

/** An identifier: a string or an integer, kept as a string. */
export const IdField = z.pipe(
  z.union([z.string().check(z.minLength(1)), z.int()]),
  z.transform((value) => String(value)),
)

/** A calendar date written YYYY-MM-DD. */
export const DateField = z.iso.date()
