/**
 * `@lw/perf-eval/rates`: money parsing and budget rates without the form schema. This entry imports
 * no zod and no rule catalogue, so a browser app that only shows a completion rate ships decimal.js
 * and a few kilobytes of our code (docs/bundle-size.md has the figures; test/size.node.test.ts
 * holds the budget). Everything here is also exported by the main entry.
 *
 * @example
 * ```ts
 * import { budgetCompletionRate, formatPercent } from '@lw/perf-eval/rates'
 * const r = budgetCompletionRate({ initialBudget: '6211.89', adjustment: '327.17', actual: '5840.18' })
 * formatPercent(r) // '89.31%'
 * ```
 *
 * @packageDocumentation
 */
export * from './money/index'
export * from './rates/index'
