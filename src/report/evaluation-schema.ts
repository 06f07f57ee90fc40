/**
 * A lenient schema of an evaluation as read back from JSON. `renderReport` accepts evaluations
 * that went through JSON, written by another version, a script or by hand, so every part is
 * checked before it is drawn: a field of the wrong type takes its empty value, a list element that
 * cannot be read (a finding without code or message, a hole, a number where a row belongs) is
 * left out, and whatever can be read is rendered. The schema never fails: each level catches.
 */
import * as z from 'zod/mini'
import { ASSESSMENT_STATUSES, emptyStatusCounts } from '../assess/statuses'
import type { AssessmentStatus } from '../assess/types'
import { FormKindSchema, FundingSourceSchema } from '../schema/form'

const DECIMAL = /^-?\d+(?:\.\d+)?$/
const STATUSES = ASSESSMENT_STATUSES as readonly [AssessmentStatus, ...AssessmentStatus[]]
const EMPTY_RATE = { ratio: null, display: null, undefinedReason: null, printed: null, check: null }
const UNREADABLE_TARGET = { kind: 'unreadable', text: '', problem: 'empty', fragment: '' }

/** One of `values`, or `fallback` for anything else. */
function oneOf<const T extends readonly [string, ...string[]], const F>(values: T, fallback: F) {
  const known = z.enum(values) as unknown as z.ZodMiniType<T[number] | F>
  return z.catch(known, fallback)
}

/** A list whose unreadable elements are left out. */
function listOf<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((items: unknown[]) => {
      const out: z.output<T>[] = []
      for (const element of items) {
        const r = z.safeParse(item, element)
        if (r.success) out.push(r.data)
      }
      return out
    }),
  )
}

// Built on first use: zod calls at module level are side effects to a bundler, which would then
// keep the whole schema in every bundle of the package's shared chunk, \`evaluate\` alone included.
function build() {
  const text = z.catch(z.string(), '')
  const textOrNull = z.catch(z.nullable(z.string()), null)
  // A decimal as the library writes it; anything else (NaN, a number, words) is none.
  const decimalOrNull = z.catch(z.nullable(z.string().check(z.regex(DECIMAL))), null)
  const flag = z.catch(z.boolean(), false)
  const path = z.catch(z.array(z.union([z.string(), z.number()])), [])
  const count = z.catch(z.int().check(z.gte(0)), 0)
  const param = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])
  const params = z.catch(z.record(z.string(), z.catch(param, null)), {})

  const statusCounts = z.catch(
    z.object(
      Object.fromEntries(STATUSES.map((s) => [s, count])) as Record<AssessmentStatus, typeof count>,
    ),
    emptyStatusCounts,
  )

  const finding = z.object({
    code: z.string().check(z.minLength(1)),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    path,
    pointer: text,
    docs: text,
    location: text,
    params,
    cell: z.catch(z.optional(z.string()), undefined),
  })

  const check = z.catch(
    z.nullable(
      z.object({
        verdict: z.string(),
        convention: textOrNull,
        rounding: textOrNull,
        decimals: z.catch(z.nullable(z.int().check(z.gte(0))), null),
        printed: text,
        computed: decimalOrNull,
        expected: textOrNull,
      }),
    ),
    null,
  )

  const rate = z.catch(
    z.object({
      ratio: decimalOrNull,
      display: textOrNull,
      undefinedReason: oneOf(
        ['zero-denominator', 'missing-input', 'unreadable-input', 'invalid-date'],
        null,
      ),
      printed: textOrNull,
      check,
    }),
    EMPTY_RATE,
  )

  const fundingRow = z.object({
    path,
    source: FundingSourceSchema,
    label: textOrNull,
    initialBudget: decimalOrNull,
    adjustment: decimalOrNull,
    adjustedBudget: decimalOrNull,
    actual: decimalOrNull,
    completionRate: rate,
    completionBasis: oneOf(['adjusted-budget', 'initial-plus-adjustment', 'initial-budget'], null),
    adjustmentRate: rate,
    outturnRate: rate,
    balanceRate: rate,
    arrivalRate: rate,
  })

  const task = z.object({
    path,
    name: text,
    funds: textOrNull,
    fundsShare: textOrNull,
    indicatorCount: count,
    statusCounts,
  })

  const traceShape = {
    rule: text,
    weight: textOrNull,
    status: oneOf(STATUSES, null),
    ratio: decimalOrNull,
    band: z.catch(z.nullable(z.object({ low: text, high: text, point: text })), null),
    capped: flag,
    score: decimalOrNull,
    display: textOrNull,
  }

  const indicator = z.object({
    path,
    task: z.catch(z.nullable(z.int().check(z.gte(0))), null),
    name: text,
    category: oneOf(['output', 'effect', 'satisfaction', 'decision', 'process'], null),
    categoryInferred: flag,
    target: z.catch(z.looseObject({ kind: z.string(), text }), UNREADABLE_TARGET),
    formula: oneOf(['formula', 'criterion', 'invalid', 'none'], 'none'),
    formulaDescription: textOrNull,
    status: oneOf(STATUSES, 'unknown'),
    ratio: decimalOrNull,
    direction: oneOf(
      ['higher', 'lower', 'equal', 'range', 'deadline', 'qualitative', 'none'],
      'none',
    ),
    actualSource: oneOf(['value', 'text', 'status', 'none'], 'none'),
    reasons: listOf(z.string()),
    reasonDetails: listOf(z.object({ code: z.string(), params })),
    weight: textOrNull,
    score: z.catch(z.nullable(z.looseObject(traceShape)), null),
  })

  const score = z.catch(
    z.nullable(
      z.object({
        total: z.string().check(z.regex(DECIMAL)),
        display: text,
        grade: textOrNull,
        rescale: textOrNull,
        complete: flag,
        weightsSpread: flag,
        items: listOf(z.looseObject({ ...traceShape, item: text, path })),
      }),
    ),
    null,
  )

  const summary = z.object({
    department: textOrNull,
    fiscalYear: z.catch(z.nullable(z.int()), null),
    kind: z.catch(z.nullable(FormKindSchema), null),
    completionRate: textOrNull,
    adjustmentRate: textOrNull,
    indicators: count,
    statusCounts,
    score: textOrNull,
    grade: textOrNull,
    errors: count,
    warnings: count,
    infos: count,
  })

  const parts = z.object({
    outcome: z.catch(z.optional(z.enum(['evaluated', 'not-a-form'])), undefined),
    valid: flag,
    unreadable: listOf(z.array(z.union([z.string(), z.number()]))),
    locale: oneOf(['zh-CN', 'en'], 'zh-CN'),
    scheme: z.catch(z.object({ id: text, name: text, scoring: flag }), {
      id: '',
      name: '',
      scoring: false,
    }),
    funding: listOf(fundingRow),
    tasks: listOf(task),
    indicators: listOf(indicator),
    score,
    summary: z.catch(summary, () => z.parse(summary, {})),
    findings: listOf(finding),
    form: z.optional(z.unknown()),
  })
  return z.catch(parts, () => z.parse(parts, {}))
}

let built: ReturnType<typeof build> | undefined

/** The parts of an evaluation that every report draws from; anything else reads as no parts. @internal */
export function evaluationPartsSchema(): ReturnType<typeof build> {
  built ??= build()
  return built
}
