import * as z from 'zod/mini'
import { SelfEvaluationSchema } from './form'

/**
 * The JSON Schema (draft 2020-12) of the form as a caller writes it, for apps that do not use
 * TypeScript or Zod. The same document ships as `docs/self-evaluation.schema.json`.
 *
 * @example
 * ```ts
 * import { selfEvaluationJsonSchema } from '@lw/perf-eval'
 * const schema = selfEvaluationJsonSchema()
 * schema.required // ['kind']
 * ```
 */
export function selfEvaluationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SelfEvaluationSchema, { io: 'input', unrepresentable: 'any' })
  return {
    ...schema,
    $id: 'https://github.com/lw/perf-eval/docs/self-evaluation.schema.json',
    title: '绩效自评表 / Budget performance self-evaluation form (@lw/perf-eval)',
  }
}
