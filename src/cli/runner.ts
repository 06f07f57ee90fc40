// Runs a batch: every file read and evaluated on its own, on worker threads when there are several
// cores, the results given back in input order. At most a few files per worker are in flight, so
// memory does not grow with the number of files; the caller decides what it keeps.
import {
  type BatchSettings,
  type FileEntry,
  type FileReader,
  processFile,
  reasonOf,
  unreadableEntry,
} from './batch'
import type { InputItem } from './inputs'

/** A pool of worker threads that run `processFile` (tinypool, wired in main.ts). */
export interface WorkerPool {
  readonly run: (task: { file: string; settings: BatchSettings }) => Promise<FileEntry[]>
  readonly destroy: () => Promise<void>
}

/** Files in flight per worker: enough to keep each busy, few enough to bound memory. */
const AHEAD_PER_JOB = 4

/**
 * The entries of each file, in the order of `files`. With a pool, files go to the workers
 * (standard input is always read here, where it is); a worker that fails on a file (it should
 * not) costs that file only, as an unreadable entry made by `onFailure`.
 */
export async function* runFiles(
  files: readonly InputItem[],
  settings: BatchSettings,
  fs: FileReader,
  pool: WorkerPool | null,
  jobs: number,
  onFailure: (file: string, err: unknown) => FileEntry[],
): AsyncGenerator<FileEntry[]> {
  const start = ({ file, code }: InputItem): Promise<FileEntry[]> => {
    // A path the walk could not use keeps its place in the order, as an unreadable entry.
    if (code !== undefined)
      return Promise.resolve([unreadableEntry(file, code, reasonOf(code), settings.locale)])
    const work =
      pool === null || file === '-' ? processFile(file, settings, fs) : pool.run({ file, settings })
    return work.catch((err: unknown) => onFailure(file, err))
  }
  if (pool === null || jobs <= 1) {
    for (const file of files) yield await start(file)
    return
  }
  const window = jobs * AHEAD_PER_JOB
  const inFlight: Promise<FileEntry[]>[] = []
  let next = 0
  const startNext = () => {
    const item = files[next++]
    if (item !== undefined) inFlight.push(start(item))
  }
  while (next < files.length && inFlight.length < window) startNext()
  for (let entries = inFlight.shift(); entries !== undefined; entries = inFlight.shift()) {
    const done = await entries
    startNext()
    yield done
  }
}

/** A progress line on a terminal's stderr, shown once a batch has run a second, redrawn ≤ 10×/s. */
export function progressReporter(
  write: ((text: string) => void) | undefined,
  total: number,
  now: () => number = Date.now,
): { readonly tick: (done: number) => void; readonly end: () => void } {
  if (write === undefined || total < 2) return { tick: () => undefined, end: () => undefined }
  const began = now()
  let last = 0
  let shown = false
  return {
    tick(done) {
      const t = now()
      if (t - began < 1000 || t - last < 100) return
      last = t
      shown = true
      const width = 30
      const filled = Math.round((done / total) * width)
      write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`)
    },
    end() {
      if (shown) write('\r\x1b[K')
    },
  }
}
