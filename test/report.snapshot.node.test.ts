// Whole reports of the seed (and one scored public form), kept as files a reviewer can read:
// any change to a report's layout or wording shows up as a diff of these files.
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form, renderReport } from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'

const DIR = './__snapshots__/report'

describe('report snapshots', () => {
  it('Liwan 2021, zh-CN: markdown and text', async () => {
    const e = evaluate(liwan2021Form)
    await expect(renderReport(e, { format: 'markdown' })).toMatchFileSnapshot(
      `${DIR}/liwan-2021.zh-CN.md`,
    )
    await expect(renderReport(e, { format: 'text' })).toMatchFileSnapshot(
      `${DIR}/liwan-2021.zh-CN.txt`,
    )
  })

  it('Liwan 2021, en: markdown and text', async () => {
    const e = evaluate(liwan2021Form, { locale: 'en' })
    await expect(renderReport(e, { format: 'markdown' })).toMatchFileSnapshot(
      `${DIR}/liwan-2021.en.md`,
    )
    await expect(renderReport(e, { format: 'text' })).toMatchFileSnapshot(
      `${DIR}/liwan-2021.en.txt`,
    )
  })

  it('a scored project form (池州 2022): markdown and text', async () => {
    const e = evaluate(toInput(publicForms.chizhou!))
    await expect(renderReport(e, { format: 'markdown' })).toMatchFileSnapshot(
      `${DIR}/chizhou-2022.zh-CN.md`,
    )
    await expect(renderReport(e, { format: 'text' })).toMatchFileSnapshot(
      `${DIR}/chizhou-2022.zh-CN.txt`,
    )
  })
})
