/**
 * A form with markup in every text field it has (and in the ids and printed figures), for the
 * report escaping tests: whatever the format, none of it may come out as live markup.
 */
import type { SelfEvaluationInput } from '../../src/index'

/** Markup a report must show as text, one per field so a leak names its field. */
export const SCRIPT = '<script>alert(1)</script>'
export const IMG = '<img src=x onerror=alert(2)>'
const q = (field: string) => `${SCRIPT}${IMG}<a href="javascript:alert(3)">${field}</a>"'&amp;`

export const markupForm: SelfEvaluationInput = {
  kind: 'department-overall',
  title: q('title'),
  department: q('department'),
  projectName: q('projectName'),
  locality: q('locality'),
  fiscalYear: 2021,
  unit: '万元',
  funding: [
    {
      source: 'total',
      label: q('funding label'),
      initialBudget: '100',
      adjustment: '10',
      actual: '99',
      weight: '10',
      printed: {
        completionRate: q('printed rate'),
        adjustmentRate: '10%',
        score: q('printed score'),
      },
    },
  ],
  goal: { planned: q('goal planned'), achieved: q('goal achieved') },
  tasks: [
    {
      id: q('task id'),
      name: q('task name'),
      plannedTarget: q('plannedTarget'),
      achievement: q('achievement'),
      funds: '50',
      indicators: [
        {
          id: q('indicator id'),
          name: SCRIPT,
          level1: q('level1'),
          level2: q('level2'),
          formula: q('formula'),
          target: q('target'),
          actual: q('actual'),
          actualUnit: q('actualUnit'),
          deviationReason: q('deviationReason'),
          weight: '50',
          evidence: [{ title: q('evidence'), kind: 'other', uri: 'javascript:alert(4)' }],
          printed: { score: q('indicator printed score') },
        },
        {
          name: IMG,
          formula: '实际完成数/<b>计划数</b>*100%',
          target: '≥95%',
          actual: '96%',
          weight: '40',
        },
      ],
    },
  ],
  indicators: [
    {
      name: q('top indicator'),
      level1: q('top level1'),
      level2: q('top level2'),
      target: '100%',
      actual: '100%',
    },
  ],
  problems: [{ id: q('problem id'), text: q('problem') }],
  improvements: [{ id: q('improvement id'), text: q('improvement'), answers: [q('problem id')] }],
  printed: { totalScore: q('totalScore'), grade: q('grade') },
  source: { url: 'javascript:alert(5)', notes: [q('note')] },
  extensions: { html: SCRIPT },
}
