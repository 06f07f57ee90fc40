/** The Chromium binary: CHROMIUM_PATH, or Debian's. */
export const chromiumPath: string
/** Flags for a headless run as root, with no network of Chromium's own. */
export const chromiumArgs: string[]
