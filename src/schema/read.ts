/**
 * The tolerant reading of a form: every cell is data. A cell that cannot be read becomes a finding
 * at its path and is left out (null from then on); unknown keys are dropped with a did-you-mean;
 * values of an unambiguous wrong type are read with an info finding. Only input that is not a form
 * at all is rejected.
 * @internal
 */
import type { $ZodIssue } from 'zod/v4/core'
import { type Finding, type FindingPath, formatPath, makeFinding } from '../findings/index'
import { nearest } from '../findings/nearest'
import type { Locale } from '../i18n/index'
import { fieldName, isBlankCell } from './fields'
import { SelfEvaluationSchema } from './form'
import { issueToFinding } from './issues'
import type { ParseResult } from './parse'

type Key = string | number
type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain }

// Forms are at most six levels deep (tasks › indicators › evidence › …); anything deeper is not
// form content, and cutting it keeps the walk bounded on hostile input.
const MAX_DEPTH = 24
// A list longer than this is not form content either (the largest public form has a few hundred
// rows): a sparse array of length 10^9, or a proxy that claims one, would be walked hole by hole
// until V8 aborts the process (found by the fuzz suite). Such a list is cut, as a deep one is.
const MAX_ITEMS = 1_000_000
// A form holds tens of thousands of values at most. The count bounds the copy where depth and
// width cannot: an object whose keys all point to one shared child, 30 levels deep, is a few dozen
// objects but 3^24 paths (evaluate hung on it). Input over the count is not a form.
const MAX_VALUES = 2_000_000
// Each pass repairs every issue zod reports; a repair can only reveal issues one level further in.
const MAX_PASSES = 12

/** Keys whose presence with content makes an object a form. */
const CONTENT_KEYS = [
  'funding',
  'tasks',
  'indicators',
  'goal',
  'groups',
  'basicData',
  'fundingBreakdown',
  'fundManagement',
  'problems',
  'improvements',
] as const

/** Reads any value as leniently as the form allows. @internal */
export function readTolerant(input: unknown, locale: Locale): ParseResult {
  const budget = { left: MAX_VALUES }
  const data = toPlain(input, 0, budget)
  if (budget.left < 0) return notAForm(locale, 'too-large')
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return notAForm(locale, 'not-an-object')
  }
  if (!CONTENT_KEYS.some((k) => hasContent(data[k]))) return notAForm(locale, 'no-content')

  const findings: Finding[] = []
  const unreadable: FindingPath[] = []
  if (data.kind === undefined || !isKind(data.kind)) {
    const kind = inferKind(data)
    findings.push(
      makeFinding(
        'FORM_KIND_INFERRED',
        ['kind'],
        { printed: data.kind === undefined ? null : JSON.stringify(data.kind), kind },
        { locale },
      ),
    )
    data.kind = kind
  }
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = SelfEvaluationSchema.safeParse(data)
    if (result.success) {
      return { success: true, data: result.data, findings, unreadable }
    }
    const drops = new Map<Plain[], Set<number>>()
    for (const issue of result.error.issues) {
      repair(data, issue, locale, findings, unreadable, drops)
    }
    // Elements of plain lists (answers, notes) that cannot be read are removed after the pass, so
    // that the other repairs of the pass still find their elements where zod saw them.
    for (const [list, indexes] of drops) {
      for (const i of [...indexes].sort((a, b) => b - a)) list.splice(i, 1)
    }
  }
  // Not reached on any input seen; kept so that a schema change can never make reading loop.
  return notAForm(locale, 'unrepairable')
}

/** Why an input is not a form, in both locales; `problem` keeps the code. @internal */
export const NOT_A_FORM_REASONS = {
  'not-an-object': { 'zh-CN': '输入不是一个对象', en: 'the input is not an object' },
  'no-content': {
    'zh-CN': '没有资金、任务、指标、目标、问题或改进措施等内容',
    en: 'it has no funding, task, indicator, goal, problem or improvement content',
  },
  unrepairable: { 'zh-CN': '无法修复为有效的表', en: 'it cannot be repaired into a valid form' },
  'too-large': {
    'zh-CN': '所含的值超过 2,000,000 个，不是一张表',
    en: 'it holds over 2,000,000 values, more than any form',
  },
} as const

function notAForm(locale: Locale, problem: keyof typeof NOT_A_FORM_REASONS): ParseResult {
  const reason = NOT_A_FORM_REASONS[problem][locale]
  return {
    success: false,
    findings: [makeFinding('INPUT_NOT_A_FORM', [], { problem, reason }, { locale })],
  }
}

function hasContent(value: Plain | undefined): boolean {
  if (value === undefined || value === null) return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value).length > 0
  return typeof value === 'string' ? value.trim() !== '' : true
}

function isKind(value: Plain | undefined): boolean {
  return value === 'department-overall' || value === 'project'
}

/** A form with main tasks, or titled 部门整体, is a department-overall form; others are project forms. */
function inferKind(data: Record<string, Plain>): 'department-overall' | 'project' {
  const printed = typeof data.kind === 'string' ? data.kind : ''
  const title = typeof data.title === 'string' ? data.title : ''
  if (hasContent(data.tasks) || /部门整体|整体支出|department/iu.test(`${printed}${title}`)) {
    return 'department-overall'
  }
  return 'project'
}

/**
 * The path of the first list in `input` longer than a form's list can be (MAX_ITEMS), within the
 * depth a form has (MAX_DEPTH); null when there is none. The strict reading asks this before zod,
 * which would walk a sparse list of length 10^9 hole by hole until V8 aborts. Iterative, each
 * object once, each list's length read before any of its items.
 * @internal
 */
export function overlongList(input: unknown): Key[] | null {
  const stack: { value: unknown; path: Key[] }[] = [{ value: input, path: [] }]
  // Each object once: a list's length is the same on every path that reaches it.
  const seen = new Set<object>()
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next
    if (typeof value !== 'object' || value === null || path.length >= MAX_DEPTH) continue
    if (seen.has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      if (!(value.length <= MAX_ITEMS)) return path
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], path: [...path, i] })
    } else {
      for (const key of Object.keys(value)) {
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] })
      }
    }
  }
  return null
}

/** The most items a list of a form is read with. @internal */
export const MAX_LIST_ITEMS = MAX_ITEMS

/**
 * A JSON-like copy: the caller's value is never touched, and what JSON cannot hold is dropped.
 * @internal
 */
export function toPlain(
  value: unknown,
  depth: number,
  budget: { left: number } = { left: MAX_VALUES },
): Plain | undefined {
  if (--budget.left < 0) return undefined
  if (value === null) return null
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      return Number.isFinite(value) ? value : String(value)
    case 'object': {
      if (depth >= MAX_DEPTH) return undefined
      if (Array.isArray(value)) {
        if (!(value.length <= MAX_ITEMS)) return undefined
        const out: Plain[] = []
        for (const item of value) out.push(toPlain(item, depth + 1, budget) ?? null)
        return out
      }
      const out: Record<string, Plain> = {}
      for (const key of Object.keys(value)) {
        const v = toPlain((value as Record<string, unknown>)[key], depth + 1, budget)
        if (v === undefined) continue
        // Assignment makes the same own property as defineProperty, at a fraction of the cost,
        // for every key but "__proto__", which it would take for the prototype.
        if (key === '__proto__')
          Object.defineProperty(out, key, {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          })
        else out[key] = v
      }
      return out
    }
    default:
      return undefined
  }
}

function repair(
  root: Record<string, Plain>,
  issue: $ZodIssue,
  locale: Locale,
  findings: Finding[],
  unreadable: FindingPath[],
  drops: Map<Plain[], Set<number>>,
): void {
  const path: Key[] = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  const holder = locate(root, path.slice(0, -1))
  if (issue.code === 'unrecognized_keys') {
    const target = locate(root, path)
    if (target === null || Array.isArray(target) || typeof target !== 'object') return
    const known = knownKeys(path)
    for (const key of issue.keys) {
      Reflect.deleteProperty(target, key)
      const suggestion = nearest(key, known)
      findings.push(
        makeFinding(
          'UNKNOWN_FIELD',
          [...path, key],
          {
            field: formatPath([...path, key]),
            key,
            suggestion,
            hint: suggestion === null ? '' : didYouMean(suggestion, locale),
          },
          { locale },
        ),
      )
    }
    return
  }
  if (path.length === 0 || holder === null || typeof holder !== 'object') return
  const key = path[path.length - 1] ?? ''
  const value = (holder as Record<Key, Plain>)[key]
  if (typeof value === 'string' && isBlankCell(value)) {
    // A blank cell where a value of another kind belongs is not printed, not unreadable.
    leaveOut(holder, key, path, drops)
    return
  }
  const coerced = coerce(value, issue)
  if (coerced !== undefined) {
    setAt(holder, key, coerced)
    findings.push(
      makeFinding(
        'VALUE_COERCED',
        path,
        {
          field: fieldName(path, locale),
          printed: JSON.stringify(value),
          read: JSON.stringify(coerced),
        },
        { locale },
      ),
    )
    return
  }
  findings.push(issueToFinding(issue, locale, value))
  unreadable.push(path)
  leaveOut(holder, key, path, drops)
}

/**
 * Takes a value out of the form: a stand-in where the schema needs one, a list element dropped
 * after the pass, any other value deleted.
 */
function leaveOut(
  holder: Plain,
  key: Key,
  path: readonly Key[],
  drops: Map<Plain[], Set<number>>,
): void {
  const replacement = standIn(path)
  if (replacement !== undefined) setAt(holder, key, replacement)
  else if (Array.isArray(holder) && typeof key === 'number') {
    drops.set(holder, (drops.get(holder) ?? new Set()).add(key))
  } else deleteAt(holder, key)
}

function locate(root: Plain, path: readonly Key[]): Plain | null {
  let at: Plain = root
  for (const key of path) {
    if (at === null || typeof at !== 'object') return null
    const next: Plain | undefined = (at as Record<Key, Plain>)[key]
    if (next === undefined) return null
    at = next
  }
  return at
}

function setAt(holder: Plain, key: Key, value: Plain): void {
  if (Array.isArray(holder) && typeof key === 'number') holder[key] = value
  else if (holder !== null && typeof holder === 'object' && !Array.isArray(holder))
    Object.defineProperty(holder, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
}

function deleteAt(holder: Plain, key: Key): void {
  if (holder !== null && typeof holder === 'object' && !Array.isArray(holder)) {
    Reflect.deleteProperty(holder, String(key))
  }
}

/** A value of an unambiguous wrong type, read as the type the field wants; undefined when none. */
function coerce(value: Plain | undefined, issue: $ZodIssue): Plain | undefined {
  if (value === undefined || value === null) return undefined
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    // An option written with brackets, spaces or a label around it: "（万元）", "单位：万元".
    const bare = value.normalize('NFKC').replace(/[\s()（）:：]|单位/gu, '')
    const option = issue.values.find((v) => typeof v === 'string' && v === bare)
    return typeof option === 'string' && option !== value ? option : undefined
  }
  if (issue.code === 'custom' && typeof value === 'string') {
    // A weight printed as its share of 100 ('20%' in 四川's transfer forms) is that many points.
    const share = /^\s*(\d+(?:\.\d+)?)\s*[%％]\s*$/u.exec(value)
    const params = (issue.params ?? {}) as Record<string, unknown>
    if (share && params.findingCode === 'NUMBER_UNPARSEABLE' && issue.path.at(-1) === 'weight') {
      return share[1] ?? undefined
    }
    return undefined
  }
  if (issue.code !== 'invalid_type') return undefined
  if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return String(value)
  }
  if (issue.expected === 'number' && typeof value === 'string') {
    // A year or an integer count written as text: "2021", "２０２１", "2021年", "2021年度".
    const m = /^\s*(\d{1,6})\s*(?:年度?)?\s*$/u.exec(value.normalize('NFKC'))
    return m ? Number(m[1]) : undefined
  }
  if (issue.expected === 'boolean' && typeof value === 'string') {
    const t = value.normalize('NFKC').trim().toLowerCase()
    if (['是', 'true', 'yes', 'y', '√', '✓'].includes(t)) return true
    if (['否', 'false', 'no', 'n', '×'].includes(t)) return false
  }
  return undefined
}

/**
 * What stands in for a required value that could not be read, so that the rest of its row is
 * still read: an array element keeps its place (paths keep pointing into the input), a funding
 * row without a readable source is `other`, a numbered item keeps its number.
 */
function standIn(path: readonly Key[]): Plain | undefined {
  const key = path[path.length - 1]
  const parent = path[path.length - 2]
  if (typeof key === 'number') {
    switch (parent) {
      case 'funding':
        return { source: 'other' }
      case 'tasks':
      case 'indicators':
        return { name: '' }
      case 'problems':
      case 'improvements':
        return { id: String(key + 1), text: '' }
      case 'evidence':
        return { title: '', kind: 'other' }
      case 'reviews':
        return { score: '' }
      case 'items':
        return { label: '' }
      case 'groups':
        return { level1: '' }
      case 'fundManagement':
        return { aspect: 'other' }
      default:
        return undefined
    }
  }
  switch (key) {
    case 'source':
      return 'other'
    case 'aspect':
      return 'other'
    case 'kind':
      // Evidence must have a kind; an indicator's is optional (a plain indicator).
      return path[path.length - 3] === 'evidence' ? 'other' : undefined
    case 'name':
    case 'text':
    case 'title':
    case 'label':
    case 'level1':
    case 'score':
      return ''
    case 'id':
      return typeof parent === 'number' ? String(parent + 1) : undefined
    default:
      return undefined
  }
}

/** The field names the schema knows at an object path (array indexes skipped). */
function knownKeys(path: readonly Key[]): readonly string[] {
  let schema: unknown = SelfEvaluationSchema
  for (const key of path) {
    schema = unwrap(schema)
    const def = defOf(schema)
    if (def?.type === 'array') schema = def.element
    else if (def?.type === 'object' && typeof key === 'string') schema = def.shape?.[key]
    else if (typeof key === 'number') continue
    else return []
  }
  const def = defOf(unwrap(schema))
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : []
}

interface LooseDef {
  type?: string
  innerType?: unknown
  in?: unknown
  element?: unknown
  shape?: Record<string, unknown>
}

function defOf(schema: unknown): LooseDef | undefined {
  return (schema as { _zod?: { def?: LooseDef } } | undefined)?._zod?.def
}

function unwrap(schema: unknown): unknown {
  let s = schema
  for (let i = 0; i < 8; i++) {
    const def = defOf(s)
    if (def?.type === 'optional' || def?.type === 'default') s = def.innerType
    else if (def?.type === 'pipe') s = def.in
    else break
  }
  return s
}

/** The did-you-mean of an unknown key, in the locale. @internal */
export function didYouMean(suggestion: string, locale: Locale): string {
  return locale === 'en' ? ` Did you mean "${suggestion}"?` : `是否应为“${suggestion}”？`
}
