import liwan from '../../examples/liwan-2021.json'
import type { SelfEvaluationInput } from '../schema/index'

/**
 * The embedded example: the Liwan District Administration Bureau's 2021 department-overall form
 * (荔湾区部门整体支出绩效自评表), transcribed from the published PDF with its OCR damage kept and every
 * judgement call recorded in `source.notes`. The same data as `examples/liwan-2021.json`.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * evaluate(liwan2021Form).summary.completionRate // '89.31%'
 * ```
 */
export const liwan2021Form: SelfEvaluationInput = liwan as SelfEvaluationInput
