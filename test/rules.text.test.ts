/**
 * TEXT_GARBLED reads debris as debris and prose as prose: phrasings from the seed and made-up ones
 * of the same classes, so the rule is about the class, not the seed's words.
 */
import { describe, expect, it } from 'vitest'
import { garbled } from '../src/rules/text'

describe('garbled narrative', () => {
  it.each([
    [
      'seed: kana and corner brackets off a frame line',
      '保大机 「 「 「 に 大 大 が 大 が に',
      'foreign-script',
    ],
    [
      'seed: one fragment read over and over',
      '照准的 化量子 化二甲基甲基二甲基甲基二甲基',
      'repetition',
    ],
    [
      'seed: a word and a comma repeated',
      '用租完存至 海上, 一年, 一年, 一年, 一年, 一年',
      'repetition',
    ],
    ['made up: Hangul in a cell', '完成 항목 관리 업무 보고', 'foreign-script'],
    ['made up: Kangxi radicals from a stamp', '⼀⼆⼈ 完成培训 ⼊⼋', 'foreign-script'],
    ['made up: a two-character beat', '资金资金资金资金到位', 'repetition'],
  ])('%s', (_what, text, reason) => {
    expect(garbled(text)?.reason).toBe(reason)
  })

  it.each([
    [
      'seed prose that repeats a word',
      '完成区委常委会议室和区会议中心多功能会议室会议系统改造项目。',
    ],
    ['a quotation in corner brackets', '印发「关于加强预算绩效管理的通知」并组织学习'],
    ['a list of figures', '1、完成培训3次;2、完成培训3次;3、开展检查5次'],
    ['English and digits', 'WIFI全覆盖, 25TB存储, 100%可用'],
    [
      'a long plain sentence',
      '严格执行相关财经法规制度，资金使用合规，未发现截留、挤占、挪用等问题。',
    ],
  ])('prose: %s', (_what, text) => {
    expect(garbled(text)).toBeNull()
  })
})
