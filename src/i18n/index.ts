/**
 * The locales every message and report comes in. Chinese is the default.
 *
 * @example
 * ```ts
 * import type { Locale } from '@lw/perf-eval'
 * const locale: Locale = 'en'
 * ```
 */
export type Locale = 'zh-CN' | 'en'

/**
 * The locales this library ships, default first.
 *
 * @example
 * ```ts
 * import { LOCALES } from '@lw/perf-eval'
 * LOCALES[0] // 'zh-CN'
 * ```
 */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en']

/**
 * A text in both locales.
 *
 * @example
 * ```ts
 * import type { Bilingual } from '@lw/perf-eval'
 * const t: Bilingual = { 'zh-CN': '预算完成率', en: 'budget completion rate' }
 * ```
 */
export interface Bilingual {
  /** The text in simplified Chinese. */
  readonly 'zh-CN': string
  /** The text in English. */
  readonly en: string
}

/**
 * Fills `{name}` placeholders of a template from params. Unknown names stay as written, so a
 * template never loses text silently.
 * @internal
 */
export function fillTemplate(template: string, params: Readonly<Record<string, unknown>>): string {
  const parts = compiled(template)
  let out = parts[0] ?? ''
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? ''
    out += Object.hasOwn(params, name) ? placeholderText(params[name]) : `{${name}}`
    out += parts[i + 1] ?? ''
  }
  return out
}

function placeholderText(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (Array.isArray(value)) return value.map(String).join(', ')
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

// A template split at its placeholders — literal, name, literal, …, literal — once per template
// rather than once per message (issue 17: every finding re-split its template). The templates are
// the catalogue's and a report's few; the cap keeps a caller's stream of distinct ones from growing it.
const COMPILED = new Map<string, readonly string[]>()
const COMPILED_MAX = 2048

function compiled(template: string): readonly string[] {
  let parts = COMPILED.get(template)
  if (parts === undefined) {
    parts = template.split(/\{([A-Za-z0-9_]+)\}/)
    if (COMPILED.size < COMPILED_MAX) COMPILED.set(template, parts)
  }
  return parts
}

/** Picks the locale's text, defaulting to Chinese. @internal */
export function pick(text: Bilingual, locale: Locale | undefined): string {
  return text[locale ?? 'zh-CN']
}

const SHOWN = 60

/**
 * A text as shown inside a message: text over 60 characters is cut there and ends in "…", so a
 * megabyte cell does not make a megabyte message. @internal
 */
export function shownText(text: string): string {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text
}
