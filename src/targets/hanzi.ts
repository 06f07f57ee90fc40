/**
 * Traditional characters and pinyin glosses, folded so that a form read from a traditional-script
 * mirror site ("產出指標(biāo)", "=230畝", "236.25萬元") reads like the simplified original.
 *
 * Source of the table: every character of the two traditional-script development forms
 * (test/fixtures/public-forms 56 南岳区 and 61 宣城市, raw/56.txt and raw/61.txt) that OpenCC's t2s
 * changes (98), plus the traditional forms (OpenCC s2t, s2tw, s2hk) of every character of the
 * word lists the library matches text against (the string literals of src/targets and of
 * src/assess/lexicon.ts, classify.ts and read.ts, and since the grid reader, of the printed labels
 * of src/grid/labels.ts), plus 個 隻 後 於 and the characters of common funding and department
 * words (國 監 權 縣 鄉 衛 療 養 …): 270 pairs, the later ones checked with opencc-js 1.4.2 (tw→cn,
 * hk→cn). Characters that are
 * also written in simplified text (in GB 2312, such as 著 of 显著 or 乾) are left out, so folding
 * never changes a simplified text; 後 and 於 are kept because GB 2312 has them only for names. No
 * simplified character of the table is itself a key, so folding is idempotent. Checked against
 * OpenCC 1.1.6 character by character. Characters outside the table pass through unchanged: a
 * traditional word the lexicons do not use needs no folding to be matched.
 */

// Pairs of traditional → simplified, written as two aligned strings to keep the bundle small.
const TRADITIONAL =
  '佔來個傳債價億優兌內冊剛劃動務勵區參叢員問啓啟單噸嚴圍圓執報場塊壓壞學實審寫專對導屆層廟廳張強後從復態應戶採損撥擴數於時暫曉會條棟業構標樣機檢歲汙沒況減準溫溼滯滿濕濟災為無營爲牀狀獎獸現環產畝畢異當發盞眾確稅種稱積筆節範紀約級終組結絕統經綜綠緩縮總績續臨臺與舉萬蓋藥處號裏補裡規觀計訪設訴評詞話認誤說課調請講護譽變負財貧貨責費貼資質賬購躍車較輕輛輟輪轉辦農進運過達違適遲遺還醫釐錯鍵鍾鎮長門開閒間關隊階際隱隻雙離電鞏響頂頃項順預頭顆題額類餘館駁驗體點國監權將備註複則歸幣據屬償衛療藝養禮鄉築廣東縣廠書圖識興險礎維兒齡殘撫贍衆別編釋義見論聯籌'
const SIMPLIFIED =
  '占来个传债价亿优兑内册刚划动务励区参丛员问启启单吨严围圆执报场块压坏学实审写专对导届层庙厅张强后从复态应户采损拨扩数于时暂晓会条栋业构标样机检岁污没况减准温湿滞满湿济灾为无营为床状奖兽现环产亩毕异当发盏众确税种称积笔节范纪约级终组结绝统经综绿缓缩总绩续临台与举万盖药处号里补里规观计访设诉评词话认误说课调请讲护誉变负财贫货责费贴资质账购跃车较轻辆辍轮转办农进运过达违适迟遗还医厘错键钟镇长门开闲间关队阶际隐只双离电巩响顶顷项顺预头颗题额类余馆驳验体点国监权将备注复则归币据属偿卫疗艺养礼乡筑广东县厂书图识兴险础维儿龄残抚赡众别编释义见论联筹'

const TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  const t = Array.from(TRADITIONAL)
  const s = Array.from(SIMPLIFIED)
  for (let i = 0; i < t.length; i++) {
    const from = t[i]
    const to = s[i]
    if (from !== undefined && to !== undefined) map.set(from, to)
  }
  return map
})()

/** Letters a pinyin gloss is written in: a–z, ü and the tone-marked vowels. */
const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'

function isIdeograph(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const cp = ch.codePointAt(0) ?? 0
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)
}

function isPinyinLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || TONE_MARKED.includes(ch)
}

/**
 * The length of a pinyin gloss at `at` ("(biāo)", "（mǔ）"): an opening bracket, one syllable of
 * 1–6 pinyin letters with at least one tone mark, a closing bracket. 0 when there is none. A
 * bracket of capitals or toneless letters ("数(A)", "面积(ha)") is not a gloss.
 */
function glossAt(chars: readonly string[], at: number): number {
  const open = chars[at]
  if (open !== '(' && open !== '（') return 0
  let i = at + 1
  let toned = false
  while (i < chars.length && i - at <= 7) {
    const ch = chars[i] ?? ''
    if (ch === ')' || ch === '）') {
      const letters = i - at - 1
      return letters >= 1 && toned ? i - at + 1 : 0
    }
    if (!isPinyinLetter(ch)) return 0
    if (TONE_MARKED.includes(ch)) toned = true
    i++
  }
  return 0
}

/** The simplified form of one character, or the character itself. @internal */
export function toSimplifiedChar(ch: string): string {
  return TO_SIMPLIFIED.get(ch) ?? ch
}

/**
 * Drops the pinyin glosses after ideographs from an array of characters, in place of a copy only
 * when there is a bracket at all. @internal
 */
export function dropPinyinGlosses(chars: readonly string[]): readonly string[] {
  if (!chars.includes('(') && !chars.includes('（')) return chars
  const out: string[] = []
  for (let i = 0; i < chars.length; i++) {
    if (isIdeograph(out[out.length - 1])) {
      const gloss = glossAt(chars, i)
      if (gloss > 0) {
        i += gloss - 1
        continue
      }
    }
    out.push(chars[i] ?? '')
  }
  return out
}

/**
 * Folds Chinese text to how a simplified-script form reads, in one pass: traditional characters
 * become simplified (產出指標 → 产出指标, 畝 → 亩, 萬元 → 万元, 數量 → 数量, 質量 → 质量,
 * 時效 → 时效, 滿意度 → 满意度, 達到 → 达到, 億元 → 亿元), and the pinyin glosses that mirror sites
 * put after a character ("指標(biāo)", "畝(mǔ)") are dropped. Everything else is left as it is:
 * simplified text comes back unchanged, and a bracket that is not a toned pinyin syllable
 * ("数(A)", "(万元)") stays. Idempotent; linear in the length of the text.
 *
 * {@link normalizeTargetText} applies it, so targets, actuals and indicator names are all read
 * through it.
 *
 * @example
 * ```ts
 * import { normalizeChineseText } from '@lw/perf-eval'
 * normalizeChineseText('產(chǎn)出指標(biāo)')  // '产出指标'
 * normalizeChineseText('管理忠烈祠面積 =230畝') // '管理忠烈祠面积 =230亩'
 * normalizeChineseText('全年執行數(A)')         // '全年执行数(A)'
 * ```
 */
export function normalizeChineseText(text: string): string {
  const s = typeof text === 'string' ? text : ''
  if (!needsChineseFold(s)) return s
  return dropPinyinGlosses(Array.from(s, toSimplifiedChar)).join('')
}

/**
 * Whether the fold would change anything: a traditional character of the table, or a bracket
 * right after an ideograph (where a gloss can start). One scan of char codes, no copy: most text
 * is already simplified, and a long cell (issue 18: a megabyte of digits, brackets or narrative)
 * then costs a scan, not an array of a million one-character strings.
 */
function needsChineseFold(text: string): boolean {
  let afterIdeograph = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c === 0x28 || c === 0xff08) && afterIdeograph) return true
    const ideograph = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
    if (ideograph && TO_SIMPLIFIED.has(text.charAt(i))) return true
    afterIdeograph = ideograph
  }
  return false
}
