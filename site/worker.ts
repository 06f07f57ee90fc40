// The evaluation worker: one `evaluate` per message, its result (plain JSON) posted back.
import type { EvaluateOptions, Evaluation } from '../src/evaluate/index'
import { evaluate } from '../src/evaluate/index'

/** What the page asks the worker. */
export interface WorkerRequest {
  readonly id: number
  readonly input: unknown
  readonly options: EvaluateOptions
}

/** What the worker answers: the evaluation, or the message of the option error it threw. */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly evaluation: Evaluation }
  | { readonly id: number; readonly ok: false; readonly error: string }

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, input, options } = event.data
  let reply: WorkerReply
  try {
    reply = { id, ok: true, evaluation: evaluate(input, options) }
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
}
