// The report as a small document tree, laid out once from an Evaluation and then written out as
// Markdown, HTML or text. All strings here are plain text: each writer escapes them its own way.
import type { AssessmentStatus } from '../assess/types'
import type { Severity } from '../findings/index'
import type { Locale } from '../i18n/index'

/** How a badge or a cell is marked: the verdict of a check, a finding's severity, a status. */
export type Mark =
  | 'match'
  | 'convention'
  | 'mismatch'
  | 'computed'
  | Severity
  | `status-${AssessmentStatus}`

/** A short marker printed after a cell's text ("✓", "✗ 应为 89.31%"). */
export interface Badge {
  readonly text: string
  readonly mark: Mark
}

/** A link to another place in the same report (an anchor id, without '#'). */
export interface Link {
  readonly text: string
  readonly target: string
  readonly mark?: Mark | undefined
}

/** One table cell or field value. */
export interface Cell {
  readonly text: string
  readonly badge?: Badge | undefined
  /** A second, smaller line (the reasons behind a status, a printed figure). */
  readonly note?: string | undefined
  /** A badge after the note (the verdict on a printed figure). */
  readonly noteBadge?: Badge | undefined
  /** Makes the text a link to this anchor. */
  readonly target?: string | undefined
  readonly links?: readonly Link[] | undefined
  readonly mark?: Mark | undefined
}

/** A table column: its header, alignment and share of the width. */
export interface Column {
  readonly label: string
  readonly align?: 'left' | 'right' | undefined
  /** Relative width (HTML colgroup; text wrapping priority). */
  readonly width: number
  /** Numbers and short codes: never wrapped in text output when it can be helped. */
  readonly compact?: boolean | undefined
  /** Rule codes: long words that may break after an underscore. */
  readonly code?: boolean | undefined
}

/** One row of a table; `id` is the anchor findings link to. */
export interface Row {
  readonly id?: string | undefined
  readonly cells: readonly Cell[]
}

/** One bar group of the funding chart; amounts are canonical decimal strings. */
export interface FundingBar {
  readonly label: string
  readonly initial: string | null
  readonly adjustment: string | null
  readonly adjusted: string | null
  readonly actual: string | null
  readonly completion: string | null
}

/** One stacked bar of the status chart. */
export interface StatusBar {
  readonly label: string
  readonly counts: Readonly<Record<AssessmentStatus, number>>
}

/** A block of the document. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string; readonly id?: string }
  | {
      readonly kind: 'fields'
      readonly rows: readonly { readonly label: string; readonly value: Cell }[]
      /** Long values (narratives): each label above its paragraph. */
      readonly long?: boolean
    }
  | { readonly kind: 'table'; readonly columns: readonly Column[]; readonly rows: readonly Row[] }
  | { readonly kind: 'paragraph'; readonly text: string; readonly mark?: Mark }
  | {
      readonly kind: 'list'
      readonly items: readonly {
        readonly id?: string
        readonly marker: string
        readonly cell: Cell
      }[]
    }
  | {
      readonly kind: 'funding-chart'
      readonly title: string
      readonly description: string
      readonly bars: readonly FundingBar[]
    }
  | {
      readonly kind: 'status-chart'
      readonly title: string
      readonly description: string
      readonly bars: readonly StatusBar[]
    }

/** The whole report. */
export interface ReportDocument {
  readonly locale: Locale
  readonly title: string
  readonly subtitle: string
  readonly blocks: readonly Block[]
}
