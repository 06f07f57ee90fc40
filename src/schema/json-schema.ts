import * as z from 'zod/mini'
import { SelfEvaluationSchema } from './form'
import { type FieldDocs, selfEvaluationDocs } from './form-docs'

/**
 * The `$id` of the form's JSON Schema. A URN, not a URL: the package has no web address of its
 * own, and an identifier must not pretend to be a location. It names the shape, not a release:
 * it changes only if the form changes incompatibly (with the package's major version).
 */
const SCHEMA_ID = 'urn:lw:perf-eval:self-evaluation'

type Node = Record<string, unknown> & { properties?: Record<string, Node>; items?: Node }

/**
 * Writes every field's title and description into the JSON Schema: `title` in both languages
 * ("年初预算数 / initial budget"), `description` in English (what editors show on hover), and
 * both languages apart under `x-i18n` for form apps that pick one.
 */
function describe(node: Node, docs: FieldDocs): void {
  for (const [key, doc] of Object.entries(docs)) {
    const property = node.properties?.[key]
    if (property === undefined) continue
    property.title = `${doc.title['zh-CN']} / ${doc.title.en}`
    property.description = doc.description.en
    property['x-i18n'] = {
      'zh-CN': { title: doc.title['zh-CN'], description: doc.description['zh-CN'] },
      en: { title: doc.title.en, description: doc.description.en },
    }
    if (doc.fields !== undefined) describe(property.items ?? property, doc.fields)
  }
}

/**
 * The JSON Schema (draft 2020-12) of the form as a caller writes it, for apps that do not use
 * TypeScript or Zod: every field with a title (zh-CN / en), an English description and both
 * languages under `x-i18n`. The same document ships in the package as
 * `@lw/perf-eval/self-evaluation.schema.json` (`docs/self-evaluation.schema.json`).
 *
 * @example
 * ```ts
 * import { selfEvaluationJsonSchema } from '@lw/perf-eval'
 * const schema = selfEvaluationJsonSchema()
 * schema.required // ['kind']
 * schema.$id // 'urn:lw:perf-eval:self-evaluation'
 * ```
 */
export function selfEvaluationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SelfEvaluationSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Node
  describe(schema, selfEvaluationDocs())
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: '绩效自评表 / Budget performance self-evaluation form (@lw/perf-eval)',
    description:
      'A 预算绩效自评表 (department-overall or project) as JSON: what evaluate() and parseSelfEvaluation() of @lw/perf-eval read.',
    ...schema,
  }
}
