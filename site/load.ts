// Files in, forms out: JSON parsed here, spreadsheets read by the library's workbook reader, which
// is loaded (with SheetJS) only when a spreadsheet is dropped. A file that cannot be read becomes a
// message the page shows, never an exception.
import type { CellMap } from '../src/findings/index'
import type { Locale } from '../src/i18n/index'
import { t } from './strings'

/** One form to review: its name and its input as read (any JSON value). */
export interface LoadedForm {
  /** The file name, with the sheet's name when a workbook holds several forms. */
  readonly name: string
  /** The input as read: the object given to `evaluate`, edited in place by the editor's copy. */
  readonly input: unknown
  /** Where each value came from, when the form was read from a sheet. */
  readonly cells?: CellMap | undefined
}

/** What reading some files gave: the forms, and a message for each file that could not be read. */
export interface LoadResult {
  readonly forms: LoadedForm[]
  readonly problems: string[]
}

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i

/** Where a JSON syntax error is, in words, from the engine's message. */
function jsonDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Parses JSON text; a problem message instead when it is not JSON. */
export function parseJson(
  name: string,
  text: string,
  locale: Locale,
): { form: LoadedForm } | { problem: string } {
  try {
    // A byte-order mark is not part of the JSON.
    return { form: { name, input: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown } }
  } catch (error) {
    return { problem: t(locale, 'notJson', { file: name, detail: jsonDetail(error) }) }
  }
}

async function readSpreadsheet(file: File, locale: Locale): Promise<LoadResult> {
  const [{ readWorkbook }, sheetjs] = await Promise.all([
    import('../src/xlsx/read'),
    import('@e965/xlsx'),
  ])
  const bytes = new Uint8Array(await file.arrayBuffer())
  const reading = await readWorkbook(bytes, { locale, sheetjs })
  const several = reading.forms.length > 1
  const forms = reading.forms.map((f) => ({
    name: several ? `${file.name} · ${f.sheet}` : file.name,
    input: f.form,
    cells: f.cells,
  }))
  const problems =
    forms.length > 0
      ? []
      : reading.findings.length > 0
        ? reading.findings.map((f) =>
            t(locale, 'notWorkbook', { file: file.name, detail: f.message }),
          )
        : [t(locale, 'noFormInWorkbook', { file: file.name })]
  return { forms, problems }
}

/** Reads dropped or picked files in their order; never rejects. */
export async function readFiles(files: readonly File[], locale: Locale): Promise<LoadResult> {
  const forms: LoadedForm[] = []
  const problems: string[] = []
  for (const file of files) {
    try {
      if (SPREADSHEET.test(file.name)) {
        const r = await readSpreadsheet(file, locale)
        for (const f of r.forms) forms.push(f)
        for (const p of r.problems) problems.push(p)
      } else if (
        /\.json$/i.test(file.name) ||
        file.type === 'application/json' ||
        file.type === ''
      ) {
        const r = parseJson(file.name, await file.text(), locale)
        if ('form' in r) forms.push(r.form)
        else problems.push(r.problem)
      } else {
        problems.push(t(locale, 'unknownType', { file: file.name }))
      }
    } catch (error) {
      problems.push(t(locale, 'notWorkbook', { file: file.name, detail: jsonDetail(error) }))
    }
  }
  return { forms, problems }
}
