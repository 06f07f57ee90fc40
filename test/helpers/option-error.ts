/**
 * The OptionError a call throws, as the fields that say where it comes from; null when it throws
 * nothing. Any other error is rethrown, so a TypeError never passes for an option error.
 */
export function optionError(call: () => unknown): { function: string; option: string } | null {
  try {
    call()
  } catch (e) {
    const err = e as { name?: string; function?: string; option?: string }
    if (err.name !== 'OptionError') throw e
    return { function: err.function ?? '', option: err.option ?? '' }
  }
  return null
}
