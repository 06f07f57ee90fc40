/**
 * How names are made comparable across years: the same indicator, department or project is
 * printed a little differently each year (full-width digits and brackets, OCR spaces, "指标1："
 * numbering, codes such as "[155]" before a department). Everything here works on text only.
 * @internal
 */

/** Brackets and punctuation NFKC leaves alone, mapped to their ASCII counterparts. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
  '〖': '[',
  '〗': ']',
  '「': '"',
  '」': '"',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '。': '.',
  '—': '-',
  '–': '-',
  '－': '-',
}

const PUNCTUATION_RE = new RegExp(`[${Object.keys(PUNCTUATION).join('')}]`, 'gu')
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
const SPACE_NEAR_CJK = new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'gu')

/**
 * Text as compared: NFKC (full-width digits, letters and punctuation to half-width), the brackets
 * and quotes NFKC keeps mapped to ASCII, whitespace collapsed, spaces next to Chinese characters
 * dropped (OCR puts them there), trimmed, lower case.
 * @internal
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2460-\u2473]/gu, (c) => ` ${c} `) // ① is kept apart from the text it numbers
    .normalize('NFKC')
    .replace(PUNCTUATION_RE, (c) => PUNCTUATION[c] ?? c)
    .replace(/\s+/gu, ' ')
    .replace(SPACE_NEAR_CJK, '')
    .trim()
    .toLowerCase()
}

const NUMERAL = '[0-9一二三四五六七八九十]+'

/** Leading numbering of an indicator's name, after {@link normalizeText}. */
const NUMBERING = [
  new RegExp(`^指标 ?${NUMERAL} ?[:.、)]? ?`, 'u'), // 指标1：  指标一、
  new RegExp(`^\\( ?${NUMERAL} ?\\) ?`, 'u'), // (一)  (1)
  /^[0-9]+ ?(?:[、)]|\.(?![0-9])) ?/u, // 1.  1、  1)  — not 1.5
  /^[一二三四五六七八九十]+ ?[、.] ?/u, // 一、
  /^[0-9]{1,2} (?=\S)/u, // ① (kept apart by normalizeText)
]

/**
 * An indicator's name as matched across years: {@link normalizeText}, then leading numbering
 * ("指标1：", "1.", "1、", "（一）", "一、", "①") stripped, as often as it repeats.
 * @internal
 */
export function indicatorKey(name: string): string {
  let key = normalizeText(name)
  for (let again = true; again; ) {
    again = false
    for (const re of NUMBERING) {
      const next = key.replace(re, '')
      if (next !== key && next !== '') {
        key = next
        again = true
      }
    }
  }
  return key
}

/** A target text as compared: {@link normalizeText} without any space ("800 m²" = "800m2"). */
export function targetKey(target: string): string {
  return normalizeText(target).replace(/ /gu, '')
}

/** A 一级/二级 heading as compared: "产出指标" = "产出", "数量目标" = "数量". */
export function levelKey(level: string): string {
  return normalizeText(level)
    .replace(/ /gu, '')
    .replace(/\(.*$/u, '')
    .replace(/(?:指标|目标)$/u, '')
}

/** Years as printed in names and titles: "2021年度", "2021年", "(2021)". */
const YEAR = /(?:19|20)[0-9]{2} ?(?:年度|年)?/gu

/** Parenthesised notes, innermost first: "(部门)", "(主管部门 …)", "(2021年度)". */
const PARENTHESISED = /\([^()]*\)|\[[^[\]]*\]/gu

function withoutParentheses(text: string): string {
  let out = text
  for (let before = ''; before !== out; ) {
    before = out
    out = out.replace(PARENTHESISED, '')
  }
  return out
}

/**
 * A department's name as grouped across years: {@link normalizeText} without spaces, a leading
 * code ("[155]", "219-", "219001 ") and every parenthesised note ("(部门)", "(主管部门 …)")
 * removed.
 * @internal
 */
export function departmentKey(department: string): string {
  const text = normalizeText(department)
    .replace(/ /gu, '')
    .replace(/^\[[0-9]+\]/u, '')
    .replace(/^[0-9]{3,}[-_.、:]?/u, '')
  return withoutParentheses(text).replace(/^[-_:]+|[-_:]+$/gu, '')
}

/**
 * A project's name (or, when there is none, the form's title) as grouped across years: like
 * {@link departmentKey}, with the years and the words every title carries ("项目支出绩效自评表")
 * removed too.
 * @internal
 */
export function projectKey(name: string): string {
  const text = departmentKey(normalizeText(name).replace(YEAR, ''))
  return text
    .replace(/(?:项目)?(?:支出)?绩效(?:目标)?自评(?:价)?表/gu, '')
    .replace(/^[-—:、.]+|[-—:、.]+$/gu, '')
    .replace(/-+/gu, '-')
}
