/** The known word nearest to a misspelt one, when it is near enough to be meant. @internal */
export function nearest(word: string, known: readonly string[]): string | null {
  const lower = word.toLowerCase()
  let best: string | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of known) {
    const d = candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  // A third of the word's length, at least one edit: 'targt' → 'target', not 'x' → 'id'.
  return best !== null && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : null
}

/** Edit distance (Levenshtein), bounded: keys and codes are short, anything long is no match. */
function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Number.POSITIVE_INFINITY
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost))
    }
    prev = row
  }
  return prev[b.length] ?? Number.POSITIVE_INFINITY
}
