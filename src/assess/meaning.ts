/**
 * Qualitative judgement by meaning: what an actual written in words claims (achievement words, and
 * whether they are negated or hedged), how much of the target's content it restates (character
 * bigrams after normalisation and after function words are left out), and grading words (优/良/中/差).
 * Every scanner walks the text once; lookbacks are bounded windows.
 * @internal
 */
import { phraseAt, phraseAtEnd, TREND_WORDS } from '../targets/lexicon'
import { normalizeTargetText } from '../targets/normalize'
import { CLAUSE_SEPARATORS, MEASURE_SUFFIXES } from './lexicon'
import {
  ACHIEVEMENT_WORDS,
  CONTENT_STOP_WORDS,
  DEGREE_WORDS,
  DOUBLE_NEGATION_VERBS,
  GRADE_MET_LEVEL,
  GRADE_PARTIAL_LEVEL,
  GRADE_SEPARATORS,
  GRADE_WORDS,
  type GradeWord,
  HEDGE_WORDS,
  MEANING_NEGATIONS,
  NEGATION_REACH,
  NO_WORDS,
  NOT_NEGATIONS,
  PENDING_WORDS,
  POST_NEGATIONS,
  YES_WORDS,
} from './meaning-lexicon'

/**
 * The similarity thresholds of {@link judgeMeaning}, as data. Measured on the development rows of
 * kpi-rows.jsonl (forms 25–47, 50, 53, 58, 61; forms 49, 52, 55, 56, 59 held out), where every
 * qualitative row whose actual is not a verbatim restatement was scored (coverage = share of the
 * target's content characters that recur in the actual within a shared two-character term;
 * precision = the same share of the actual's content):
 * - met by the auditor: 32 "全天候可用" / "全天候" (coverage 0.6, precision 1, no achievement word);
 * - not met (unknown) by the auditor: 44 "项目资金测算标准(文字描述)" / "已按要求完成预算" and
 *   "项目资金测算依据(文字描述)" / "按相关要求完成" (coverage 0, precision 0, with the achievement
 *   word 完成).
 * Any coverage in (0, 0.6] separates them; the thresholds sit at half the target's content, below
 * the lowest met row, and a restatement without an achievement word must also say nothing the
 * target does not (precision ≥ 0.8: a short actual that only repeats part of the target). Issue
 * #12's example ("群众出行条件得到改善" / "村民出行更加便捷，道路通行条件明显改善": coverage 0.67 with 改善)
 * and the made-up phrasings of test/assess.reading.test.ts were checked against these values after
 * they were fixed, not used to fix them.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '可保证读者使用时长', target: '全天候可用', actual: '全天候' }).reasons[0]?.params.coverage // '60%'
 * ```
 */
export const MEANING_THRESHOLDS = {
  /** Coverage from which an actual that claims achievement restates the target's meaning. */
  coverageWithAchievement: 0.5,
  /** Coverage from which an actual with no achievement word restates the target. */
  coverageRestatement: 0.5,
  /** Precision an actual with no achievement word must reach (it adds nothing of its own). */
  precisionRestatement: 0.8,
  /** Content characters a target must have for its content to be compared at all. */
  minContent: 2,
} as const

/**
 * One achievement word of an actual, with the words around it that decided how it counts.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '完成道路硬化，改善出行条件', actual: '完成道路硬化，但出行条件未见改善' }).reasons[0]?.params.notMet // '未见改善'
 * ```
 */
export interface Claim {
  /** The achievement word ("改善"). */
  readonly word: string
  /** The phrase as it stands, with its negation, hedge or pending word ("未明显改善", "基本达到"). */
  readonly phrase: string
  readonly at: number
}

/**
 * What an actual claims: achievement words as they stand, negated (or pending) and hedged.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '完成道路硬化，改善出行条件', actual: '完成道路硬化，但出行条件未见改善' }).status // 'partially-met'
 * ```
 */
export interface Claims {
  readonly plain: readonly Claim[]
  readonly negated: readonly Claim[]
  readonly hedged: readonly Claim[]
}

const ACHIEVEMENT = /* @__PURE__ */ (() =>
  [...new Set([...ACHIEVEMENT_WORDS.map((w) => w.text), ...TREND_WORDS.map((w) => w.text)])]
    .sort((a, b) => b.length - a.length)
    .map((text) => ({ text })))()

/** How many claims of each kind are kept. */
const CLAIMS_KEPT = 5

/**
 * The achievement words of a normalised text and how each stands: negated ("未明显改善", "没有得到
 * 解决", "改善不明显", "有待提高"), hedged ("基本达到", "初步改善") or plain.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '出行条件初步改善' }).reasons[0]?.words // '初步改善'
 * ```
 */
export function claimsIn(s: string): Claims {
  const plain: Claim[] = []
  const negated: Claim[] = []
  const hedged: Claim[] = []
  let i = 0
  while (i < s.length) {
    const w = phraseAt(s, i, ACHIEVEMENT)
    if (w === undefined) {
      i++
      continue
    }
    const end = i + w.text.length
    // "满意度", "合格率": the word names the measure.
    if (MEASURE_SUFFIXES.includes(s[end] ?? '')) {
      i = end
      continue
    }
    // "明显改善": a degree word before another achievement word belongs to it.
    const next = phraseAt(s, end, ACHIEVEMENT)
    if (next !== undefined && phraseAt(s, i, DEGREE_WORDS)?.text === w.text) {
      i = end
      continue
    }
    const before = lookBack(s, i)
    const post = phraseAt(s, end, POST_NEGATIONS)
    if (before.kind === 'negated' || before.kind === 'pending' || post !== undefined) {
      const to = post !== undefined ? end + post.text.length : end
      const from = before.kind === 'negated' || before.kind === 'pending' ? before.from : i
      keep(negated, { word: w.text, phrase: s.slice(from, to), at: from })
    } else if (before.kind === 'hedged') {
      keep(hedged, { word: w.text, phrase: s.slice(before.from, end), at: before.from })
    } else {
      keep(plain, { word: w.text, phrase: w.text, at: i })
    }
    i = end
  }
  return { plain, negated, hedged }
}

function keep(list: Claim[], c: Claim): void {
  if (list.length < CLAIMS_KEPT && !list.some((x) => x.phrase === c.phrase)) list.push(c)
}

/**
 * Walks back from `at` over degree words ("明显", "得到", "进一步") to a negation, a pending word or
 * a hedge that governs the word at `at`, within {@link NEGATION_REACH} characters and one clause.
 */
function lookBack(
  s: string,
  at: number,
): { kind: 'negated' | 'pending' | 'hedged' | 'none'; from: number } {
  let j = at
  for (;;) {
    const head = s.slice(Math.max(0, j - 6), j)
    const pending = phraseAtEnd(head, PENDING_WORDS)
    if (pending !== undefined) return { kind: 'pending', from: j - pending.text.length }
    const hedge = phraseAtEnd(head, HEDGE_WORDS)
    if (hedge !== undefined) return { kind: 'hedged', from: j - hedge.text.length }
    const neg = phraseAtEnd(head, MEANING_NEGATIONS)
    if (neg !== undefined) {
      const from = j - neg.text.length
      const positive = NOT_NEGATIONS.some((n) => s.startsWith(n.text, from))
      if (!positive) {
        return doubleNegation(s, from) ? { kind: 'none', from: at } : { kind: 'negated', from }
      }
    }
    const degree = phraseAtEnd(head, DEGREE_WORDS)
    if (degree === undefined || at - (j - degree.text.length) > NEGATION_REACH) {
      return { kind: 'none', from: at }
    }
    if (CLAUSE_SEPARATORS.has(s[j - 1] ?? '')) return { kind: 'none', from: at }
    j -= degree.text.length
  }
}

/** "未出现不合格", "无不": a negation at `from` cancelled by one just before it. */
function doubleNegation(s: string, from: number): boolean {
  const head = s.slice(Math.max(0, from - 4), from)
  if (phraseAtEnd(head, MEANING_NEGATIONS) !== undefined) return true
  const verb = phraseAtEnd(head, DOUBLE_NEGATION_VERBS)
  if (verb === undefined) return false
  const rest = head.slice(0, head.length - verb.text.length)
  return phraseAtEnd(rest, MEANING_NEGATIONS) !== undefined
}

/** True when a text denies something ("无重大安全事故", "未发生…", "不超支"), read for polarity. */
function denies(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const neg = phraseAt(s, i, MEANING_NEGATIONS)
    if (neg !== undefined && !NOT_NEGATIONS.some((n) => s.startsWith(n.text, i))) return true
  }
  return false
}

// ---------------------------------------------------------------------------------------------
// Content overlap
// ---------------------------------------------------------------------------------------------

/**
 * How much of a target's content an actual restates.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '村民出行更加便捷，道路通行条件明显改善' }).reasons[0]?.params.shared // '出行条件'
 * ```
 */
export interface Overlap {
  /** Share of the target's content characters inside a two-character term the actual shares. */
  readonly coverage: number
  /** The same share of the actual's content characters. */
  readonly precision: number
  /** The shared terms, as maximal runs of the target's content ("出行条件"). */
  readonly shared: readonly string[]
  /** Content characters of the target and of the actual (in segments of two or more). */
  readonly targetSize: number
  readonly actualSize: number
}

const LEFT_OUT = /* @__PURE__ */ (() =>
  [
    ...new Set([
      ...CONTENT_STOP_WORDS.map((w) => w.text),
      ...ACHIEVEMENT.map((w) => w.text),
      ...DEGREE_WORDS.map((w) => w.text).filter((w) => w.length > 1),
      ...HEDGE_WORDS.map((w) => w.text),
      ...PENDING_WORDS.map((w) => w.text),
      ...POST_NEGATIONS.map((w) => w.text),
      ...MEANING_NEGATIONS.map((w) => w.text),
      ...GRADE_WORDS.map((w) => w.text).filter((w) => w.length > 1),
    ]),
  ]
    .sort((a, b) => b.length - a.length)
    .map((text) => ({ text })))()

/** True for a character that carries content: CJK, Latin letters, digits. */
function isContentChar(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (ch >= 'a' && ch <= 'z') ||
    (ch >= 'A' && ch <= 'Z') ||
    (ch >= '0' && ch <= '9')
  )
}

/**
 * The content segments of a text: normalised, with function words, achievement, degree, hedge and
 * negation words and punctuation left out ("群众出行条件得到改善" → ["群众出行条件"]).
 */
function contentSegments(text: string): string[] {
  const s = normalizeTargetText(text)
  const out: string[] = []
  let cur = ''
  let i = 0
  while (i < s.length) {
    const w = phraseAt(s, i, LEFT_OUT)
    if (w !== undefined) {
      if (cur !== '') out.push(cur)
      cur = ''
      i += w.text.length
      continue
    }
    const ch = s[i] ?? ''
    if (isContentChar(ch)) cur += ch
    else {
      if (cur !== '') out.push(cur)
      cur = ''
    }
    i++
  }
  if (cur !== '') out.push(cur)
  return out
}

function bigrams(segments: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const seg of segments) for (let i = 0; i + 1 < seg.length; i++) out.add(seg.slice(i, i + 2))
  return out
}

/** Covered characters of `segments` by `other`'s bigrams, and the covered runs. */
function covered(
  segments: readonly string[],
  other: ReadonlySet<string>,
): { size: number; hit: number; runs: string[] } {
  let size = 0
  let hit = 0
  const runs: string[] = []
  for (const seg of segments) {
    if (seg.length < 2) continue
    size += seg.length
    const mark = new Array<boolean>(seg.length).fill(false)
    for (let i = 0; i + 1 < seg.length; i++) {
      if (other.has(seg.slice(i, i + 2))) {
        mark[i] = true
        mark[i + 1] = true
      }
    }
    let run = ''
    for (let i = 0; i < seg.length; i++) {
      if (mark[i] === true) {
        hit++
        run += seg[i] ?? ''
      } else if (run !== '') {
        runs.push(run)
        run = ''
      }
    }
    if (run !== '') runs.push(run)
  }
  return { size, hit, runs }
}

/**
 * How much of the target's content the actual restates, by shared character bigrams after
 * {@link contentSegments}.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '村民出行更加便捷，道路通行条件明显改善' }).reasons[0]?.params.coverage // '67%'
 * ```
 */
export function overlapOf(target: string, actual: string): Overlap {
  const t = contentSegments(target)
  const a = contentSegments(actual)
  const tc = covered(t, bigrams(a))
  const ac = covered(a, bigrams(t))
  return {
    coverage: tc.size === 0 ? 0 : tc.hit / tc.size,
    precision: ac.size === 0 ? 0 : ac.hit / ac.size,
    shared: [...new Set(tc.runs)],
    targetSize: tc.size,
    actualSize: ac.size,
  }
}

// ---------------------------------------------------------------------------------------------
// Grades and yes/no answers
// ---------------------------------------------------------------------------------------------

/**
 * A text that is nothing but grading words: its lowest level and the words, or a scale.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '实施效果', target: '较高', actual: '较低' }).status // 'not-met'
 * ```
 */
export interface GradeReading {
  /** The lowest level named (a text naming one level gives that level). */
  readonly level: GradeWord['level']
  readonly words: readonly string[]
  /** True when the text names several levels in order ("优良中差", "优/良/中/差"): a scale. */
  readonly scale: boolean
}

/**
 * Reads a text made only of grading words (and the generic nouns and function words of
 * {@link contentSegments}: "程度较高", "效果明显", "良好", "优/良/中/差"); null when anything else is
 * written.
 */
function gradeOf(text: string): GradeReading | null {
  const s = normalizeTargetText(text)
  const words: string[] = []
  const levels: number[] = []
  let i = 0
  while (i < s.length) {
    const ch = s[i] ?? ''
    if (GRADE_SEPARATORS.has(ch) || CLAUSE_SEPARATORS.has(ch)) {
      i++
      continue
    }
    const g = phraseAt(s, i, GRADE_WORDS)
    if (g !== undefined) {
      words.push(g.text)
      levels.push(g.level)
      i += g.text.length
      continue
    }
    const stop = phraseAt(s, i, CONTENT_STOP_WORDS)
    if (stop === undefined) return null
    i += stop.text.length
  }
  if (words.length === 0) return null
  const distinct = new Set(levels)
  const level = levels.reduce((a, b) => Math.min(a, b)) as GradeWord['level']
  return { level, words, scale: distinct.size >= 3 }
}

/** "是" / "否" style answers: true for yes, false for no, null for anything else. */
function yesNoOf(text: string): boolean | null {
  const s = normalizeTargetText(text).replace(/[。.,，;；!！]+$/u, '')
  if (YES_WORDS.has(s)) return true
  if (NO_WORDS.has(s)) return false
  return null
}

// ---------------------------------------------------------------------------------------------
// The judgement
// ---------------------------------------------------------------------------------------------

/**
 * The clause of the actual that restates most of the target (its words are shown as deciding):
 * "道路通行条件明显改善" of "村民出行更加便捷，道路通行条件明显改善".
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '村民出行更加便捷，道路通行条件明显改善' }).reasons[0]?.words // '道路通行条件明显改善'
 * ```
 */
export function restatingClause(target: string, actual: string): string {
  let best = ''
  let bestCoverage = -1
  let from = 0
  for (let i = 0; i <= actual.length; i++) {
    if (i < actual.length && !CLAUSE_SEPARATORS.has(actual[i] ?? '')) continue
    const clause = actual.slice(from, i)
    const c = clause === '' ? -1 : overlapOf(target, clause).coverage
    if (c > bestCoverage) {
      best = clause
      bestCoverage = c
    }
    from = i + 1
  }
  return best
}

/**
 * What {@link judgeMeaning} concluded, and on what.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '村民出行更加便捷，道路通行条件明显改善' }).reasons[0]?.code // 'similar-meaning'
 * ```
 */
export type MeaningVerdict =
  | {
      readonly status: 'met'
      readonly basis: 'similar'
      readonly overlap: Overlap
      /** The achievement words that claim it, when any. */
      readonly claims: readonly string[]
    }
  | {
      readonly status: 'met' | 'partially-met' | 'not-met'
      readonly basis: 'grade'
      readonly grade: GradeReading
      readonly target: GradeReading | null
    }
  | {
      readonly status: 'met' | 'not-met'
      readonly basis: 'yes-no'
      readonly answer: string
    }

/**
 * Judges a qualitative target against an actual in words, once negations and hedges have been
 * read (see {@link claimsIn}): a yes/no answer against a yes/no target; a grade ("良好", "程度较高",
 * "优") against the target's grade or scale, or against a target that names none (良 and above
 * meet it, 中 partly, 差 not); otherwise the actual meets the target when it restates enough of its
 * content ({@link MEANING_THRESHOLDS}). Null when none of these decides.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '村民出行更加便捷，道路通行条件明显改善' }).status // 'met'
 * ```
 */
export function judgeMeaning(
  target: string,
  actual: string,
  claims: Claims,
): MeaningVerdict | null {
  const ty = yesNoOf(target)
  const ay = yesNoOf(actual)
  if (ty !== null && ay !== null) {
    return { status: ty === ay ? 'met' : 'not-met', basis: 'yes-no', answer: actual.trim() }
  }
  const grade = gradeOf(actual)
  if (grade !== null) {
    const tg = gradeOf(target)
    const bar = tg === null || tg.scale ? GRADE_MET_LEVEL : tg.level
    const status =
      grade.level >= bar ? 'met' : grade.level >= GRADE_PARTIAL_LEVEL ? 'partially-met' : 'not-met'
    // Against a graded target a lower grade is short of it: the auditor's not-met.
    const strict = tg !== null && !tg.scale && status === 'partially-met' ? 'not-met' : status
    return { status: strict, basis: 'grade', grade, target: tg }
  }
  const overlap = overlapOf(target, actual)
  if (overlap.targetSize < MEANING_THRESHOLDS.minContent) return null
  // "无重大安全事故" is restated by "未发生重大安全事故", never by "发生重大安全事故".
  if (denies(normalizeTargetText(target)) !== denies(normalizeTargetText(actual))) return null
  const words = claims.plain.map((c) => c.word)
  const withClaim =
    words.length > 0 && overlap.coverage >= MEANING_THRESHOLDS.coverageWithAchievement
  const restated =
    overlap.coverage >= MEANING_THRESHOLDS.coverageRestatement &&
    overlap.precision >= MEANING_THRESHOLDS.precisionRestatement
  if (withClaim || restated) return { status: 'met', basis: 'similar', overlap, claims: words }
  return null
}
