// Evaluation for the page: on the main thread for a form of ordinary size (a few milliseconds),
// in a Web Worker for a large one so that typing in the editor never stalls. Only the latest
// request's result is delivered; an older one still running is dropped when it ends.
import type { EvaluateOptions, Evaluation } from '../src/evaluate/index'
import { evaluate } from '../src/evaluate/index'
import type { WorkerReply, WorkerRequest } from './worker'

/**
 * Inputs at least this long as JSON text are evaluated in the worker. The largest public fixture
 * is under 60 kB and evaluates in a few ms; a form several times that is where a keystroke would
 * start to wait.
 */
export const WORKER_THRESHOLD_CHARS = 200_000

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, (reply: WorkerReply) => void>()

function theWorker(): Worker {
  if (worker !== null) return worker
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  w.onmessage = (event: MessageEvent<WorkerReply>) => {
    const resolve = pending.get(event.data.id)
    pending.delete(event.data.id)
    resolve?.(event.data)
  }
  worker = w
  return w
}

/** Whether an input goes to the worker: a large one, or any when the page was opened with `?worker=1`. */
export function usesWorker(input: unknown, force: boolean): boolean {
  if (force) return true
  try {
    // undefined (not JSON) has no text at all.
    const text = JSON.stringify(input) as string | undefined
    return (text?.length ?? 0) >= WORKER_THRESHOLD_CHARS
  } catch {
    return false
  }
}

/** Evaluates in the worker; rejects with the worker's message when it throws (an option error). */
function inWorker(input: unknown, options: EvaluateOptions): Promise<Evaluation> {
  const id = nextId++
  const request: WorkerRequest = { id, input, options }
  return new Promise((resolve, reject) => {
    pending.set(id, (reply) => {
      if (reply.ok) resolve(reply.evaluation)
      else reject(new Error(reply.error))
    })
    theWorker().postMessage(request)
  })
}

/** Evaluates `input`, in the worker when it is large (or `force`). */
export function evaluateForm(
  input: unknown,
  options: EvaluateOptions,
  force = false,
): Promise<Evaluation> {
  if (usesWorker(input, force)) return inWorker(input, options)
  try {
    return Promise.resolve(evaluate(input, options))
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}
