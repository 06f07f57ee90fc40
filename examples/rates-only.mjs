// Rates without the form: the `@lw/perf-eval/rates` entry has money parsing and budget rates only
// (no schema, no zod, no rule catalogue), for a page that just shows a completion rate.
// `node examples/rates-only.mjs`
import {
  budgetAdjustmentRate,
  budgetCompletionRate,
  formatPercent,
  parseAmount,
} from '@lw/perf-eval/rates'

// The Liwan 2021 figures as the PDF's text layer prints them, OCR spaces included (万元).
const liwan = { initialBudget: '6211. 89', adjustment: '327. 17', actual: '5840. 18' }

const completion = budgetCompletionRate(liwan)
const adjustment = budgetAdjustmentRate(liwan)
console.log(`预算完成率 ${formatPercent(completion)} (exact ratio ${completion})`)
console.log(`预算调整率 ${formatPercent(adjustment)}`)
console.log(
  `truncated, as some forms print it: ${formatPercent(completion, { rounding: 'truncate' })}`,
)

// A zero budget has no completion rate: null, never NaN or 0.
console.log(`zero budget → ${budgetCompletionRate({ adjustedBudget: '0', actual: '0' })}`)

// OCR damage is reported, never guessed.
const bad = parseAmount('M.8')
console.log(bad.success ? bad.data : `${bad.findings[0].code}: ${bad.findings[0].message}`)
if (bad.success) throw new Error('"M.8" is not an amount')

if (formatPercent(completion) !== '89.31%' || formatPercent(adjustment) !== '5.27%') {
  throw new Error('unexpected rates for the Liwan form')
}
