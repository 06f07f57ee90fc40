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
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole
    const value = params[name]
    if (value === null || value === undefined) return '—'
    if (Array.isArray(value)) return value.map(String).join(', ')
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    return JSON.stringify(value)
  })
}

/** Picks the locale's text, defaulting to Chinese. @internal */
export function pick(text: Bilingual, locale: Locale | undefined): string {
  return text[locale ?? 'zh-CN']
}
