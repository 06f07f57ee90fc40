import type { Finding } from '../findings/index'
import { emit, type RuleContext } from './context'

/**
 * Every problem (存在问题) should be answered by an improvement (改进措施). An improvement answers the
 * problems it lists in `answers`; one without `answers` answers the problem with its own id, which is
 * how forms number them (improvement N answers problem N).
 * @internal
 */
export function checkProblemsAnswered(ctx: RuleContext): Finding[] {
  const answered = new Set<string>()
  for (const improvement of ctx.form.improvements) {
    for (const id of improvement.answers ?? [improvement.id]) answered.add(id)
  }
  const findings: Finding[] = []
  ctx.form.problems.forEach((problem, index) => {
    if (!answered.has(problem.id)) {
      findings.push(
        emit(ctx, 'PROBLEM_WITHOUT_IMPROVEMENT', ['problems', index], {
          problem: problem.id,
          text: problem.text,
        }),
      )
    }
  })
  return findings
}
