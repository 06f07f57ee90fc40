// One file of a batch, read and evaluated on its own: what the main thread does with --jobs 1 and
// each worker does with more. Whatever the file holds, the result is entries (one per form; a
// workbook may hold several), never an exception: a file that cannot be read is an entry with
// one INPUT_UNREADABLE finding, and the batch goes on.
import { type BatchFormRow, batchRow, unreadableRow } from '../batch/index'
import { emptySummary } from '../evaluate/index'
import type { CellMap, LocatedFinding, RuleSettings } from '../findings/index'
import { makeFinding, placeOf } from '../findings/index'
import {
  type Evaluation,
  type EvaluationSummary,
  evaluate,
  type Locale,
  type SchemeName,
  type ScoringScheme,
} from '../index'
import { cleanText } from '../report/escape'
import { readWorkbook } from '../xlsx/index'
import { parseJson } from './json-error'

/** How every file of a batch is evaluated (plain data: it crosses to worker threads). */
export interface BatchSettings {
  readonly scheme?: SchemeName | ScoringScheme | undefined
  readonly locale: Locale
  readonly rules?: RuleSettings | undefined
  /** What each entry keeps: the evaluation too (reports), the findings (validate), or the row only. */
  readonly keep: 'evaluation' | 'findings' | 'row'
}

/** One form of the batch (or one file that could not be read). */
export interface FileEntry {
  readonly file: string
  readonly valid: boolean
  readonly summary: EvaluationSummary
  readonly findings: readonly LocatedFinding[]
  readonly evaluation?: Evaluation
  readonly cells?: CellMap
  /** The summary-table row and the findings' codes and severities, for the batch summary. */
  readonly row: BatchFormRow
  readonly tally: readonly Pick<LocatedFinding, 'code' | 'severity'>[]
  /** For a file that could not be read: the one line the command prints about it. */
  readonly problem?: string
}

/** What reading needs of the file system. */
export interface FileReader {
  readonly readText: (path: string) => string
  readonly readBytes?: ((path: string) => Uint8Array) | undefined
  /** A file's size in bytes, to refuse a huge one before reading it. */
  readonly size?: ((path: string) => number | undefined) | undefined
  readonly readStdin?: (() => Promise<string>) | undefined
}

/** Files larger than this are not read: no real form comes near it. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024

const WORKBOOK_EXTENSIONS = ['.xlsx', '.xls', '.ods'] as const

/** Whether a file name is a workbook's. */
export function isWorkbook(name: string): boolean {
  const lower = name.toLowerCase()
  return WORKBOOK_EXTENSIONS.some((e) => lower.endsWith(e))
}

/** Why a file could not be read, from a Node error code, in plain words (English: a file system's words). */
export function reasonOf(code: string): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)'
    case 'ENOMATCH':
      return 'no file matches this pattern'
    case 'ETOODEEP':
      return 'folders nested too deep'
    default:
      return code === '' ? 'unreadable' : code
  }
}

/** An unreadable file: one error, nothing else. */
const EMPTY_SUMMARY = emptySummary({ errors: 1, warnings: 0, infos: 0 })

/** The entry of a file that could not be read. */
export function unreadableEntry(
  file: string,
  reason: string,
  detail: string,
  locale: Locale,
  position?: { line: number; column: number },
  problem = `cannot read ${file}: ${detail}`,
): FileEntry {
  const finding = makeFinding(
    'INPUT_UNREADABLE',
    [],
    { detail: cleanText(detail), reason, file, ...position },
    { locale },
  )
  const located: LocatedFinding = { ...finding, location: placeOf(undefined, [], locale) }
  return {
    file,
    valid: false,
    summary: EMPTY_SUMMARY,
    findings: [located],
    row: unreadableRow(file),
    tally: [{ code: located.code, severity: located.severity }],
    problem: cleanText(problem),
  }
}

/** The entry of a form: evaluated, and kept as much as the batch needs. */
export function formEntry(
  file: string,
  value: unknown,
  cells: CellMap | undefined,
  settings: BatchSettings,
): FileEntry {
  const evaluation = evaluate(value, {
    scheme: settings.scheme,
    locale: settings.locale,
    rules: settings.rules,
    cells,
  })
  const tally = evaluation.findings.map((f) => ({ code: f.code, severity: f.severity }))
  const base = {
    file,
    valid: evaluation.valid,
    summary: evaluation.summary,
    row: batchRow(file, evaluation),
    tally,
  }
  if (settings.keep === 'row') return { ...base, findings: [] }
  if (settings.keep === 'findings') return { ...base, findings: evaluation.findings }
  return {
    ...base,
    findings: evaluation.findings,
    evaluation,
    ...(cells === undefined ? {} : { cells }),
  }
}

const codeOf = (err: unknown) =>
  typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : ''

/** Reads one file (or '-') and evaluates every form in it. Never throws. */
export async function processFile(
  file: string,
  settings: BatchSettings,
  fs: FileReader,
): Promise<FileEntry[]> {
  const { locale } = settings
  const name = file === '-' ? '<stdin>' : file
  try {
    const size = file === '-' ? undefined : fs.size?.(file)
    if (size !== undefined && size > MAX_INPUT_BYTES) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
      return [
        unreadableEntry(
          name,
          'too-large',
          `${mb(size)} is larger than the ${mb(MAX_INPUT_BYTES)} a form may have`,
          locale,
        ),
      ]
    }
    if (file !== '-' && isWorkbook(file)) return await workbookEntries(file, settings, fs)
    let text: string
    try {
      text = file === '-' ? ((await fs.readStdin?.()) ?? '') : fs.readText(file)
    } catch (err) {
      const code = codeOf(err)
      return [unreadableEntry(name, code === '' ? 'io' : code, reasonOf(code), locale)]
    }
    if (text.trim() === '') return [unreadableEntry(name, 'empty', 'the file is empty', locale)]
    const parsed = parseJson(text)
    if (!parsed.ok) {
      const { line, column, message } = parsed.error
      return [
        unreadableEntry(
          name,
          'invalid-json',
          `invalid JSON at ${line}:${column}: ${message}`,
          locale,
          { line, column },
          `${name}:${line}:${column}: invalid JSON: ${message}`,
        ),
      ]
    }
    return [formEntry(name, parsed.value, undefined, settings)]
  } catch (err) {
    // A value no check foresaw (a stack overflow on a pathological form, say) costs this file only.
    const message = err instanceof Error ? err.message : String(err)
    return [unreadableEntry(name, 'internal', `could not be evaluated: ${message}`, locale)]
  }
}

async function workbookEntries(
  file: string,
  settings: BatchSettings,
  fs: FileReader,
): Promise<FileEntry[]> {
  const { locale } = settings
  if (fs.readBytes === undefined) {
    const detail = 'workbooks need a file system'
    return [unreadableEntry(file, 'workbook', detail, locale)]
  }
  let bytes: Uint8Array
  try {
    bytes = fs.readBytes(file)
  } catch (err) {
    const code = codeOf(err)
    return [unreadableEntry(file, code === '' ? 'io' : code, reasonOf(code), locale)]
  }
  let read: Awaited<ReturnType<typeof readWorkbook>>
  try {
    read = await readWorkbook(bytes, { locale })
  } catch (err) {
    // The optional SheetJS package is missing: the one error readWorkbook throws.
    const message = err instanceof Error ? err.message : String(err)
    return [unreadableEntry(file, 'workbook', message, locale, undefined, message)]
  }
  if (read.forms.length === 0) {
    const why = read.findings.map((f) => f.message).join('; ')
    const detail = why === '' ? 'no form found' : `no form found (${why})`
    return [unreadableEntry(file, 'no-form', detail, locale, undefined, `${file}: ${detail}`)]
  }
  return read.forms.map((f) => formEntry(`${file}#${f.sheet}`, f.form, f.cells, settings))
}
