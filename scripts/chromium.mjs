// How the project starts Debian's Chromium, in one place for the vitest browser project, the
// review page's test and its benchmark. The background-networking flags matter here: without
// them Chromium's own connections are refused by this machine's closed network, many at a time.
import process from 'node:process'

/** The Chromium binary: CHROMIUM_PATH, or Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags for a headless run as root, with no network of Chromium's own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
