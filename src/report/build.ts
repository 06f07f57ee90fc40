import type { Evaluation } from '../evaluate/types'
import type { Locale } from '../i18n/index'
import { fundingBlocks } from './build-funding'
import { statusBlocks, taskBlocks, topLevelBlocks } from './build-indicators'
import {
  findingBlocks,
  goalBlocks,
  overviewBlocks,
  problemBlocks,
  scoreBlocks,
} from './build-sections'
import { buildContext } from './context'
import type { ReportDocument } from './model'

/**
 * Lays the evaluation out in the order of the printed form: overview, funding, annual goal,
 * indicator status, tasks, top-level indicators, problems and improvements, score, findings. An
 * invalid evaluation gets the overview and its findings only.
 */
export function buildReport(evaluation: Evaluation, locale: Locale): ReportDocument {
  const ctx = buildContext(evaluation, locale)
  const form = evaluation.form
  const department = form?.department ?? evaluation.summary.department
  const year = form?.fiscalYear ?? evaluation.summary.fiscalYear
  const subtitle = [department, year === null ? null : ctx.l('yearSuffix', { year })]
    .filter((x): x is string => x !== null && x !== '')
    .join(' · ')
  const title = form?.title ?? form?.projectName ?? ctx.l('reportTitle')
  const blocks =
    evaluation.outcome === 'evaluated'
      ? [
          ...overviewBlocks(ctx),
          ...fundingBlocks(ctx),
          ...goalBlocks(ctx),
          ...statusBlocks(ctx),
          ...taskBlocks(ctx),
          ...topLevelBlocks(ctx),
          ...problemBlocks(ctx),
          ...scoreBlocks(ctx),
          ...findingBlocks(ctx),
        ]
      : [...overviewBlocks(ctx), ...findingBlocks(ctx)]
  return { locale, title, subtitle, blocks }
}
