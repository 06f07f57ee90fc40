import { existsSync } from 'node:fs'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs'

const chromium = chromiumPath
const haveChromium = existsSync(chromium)
if (!haveChromium) {
  console.warn(
    `[perf-eval] browser tests skipped: no Chromium at ${chromium}. ` +
      'Install it (apt-get install -y chromium) or set CHROMIUM_PATH to run them.',
  )
}

// fast-check seed: fixed under CI (a run must not pass or fail by luck), fresh locally (keep
// exploring); FC_SEED replays one. test/setup/fast-check.ts applies it in both projects.
const fcSeed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : process.env.CI
    ? 20211231
    : Math.floor(Math.random() * 2 ** 31)
const shared = { setupFiles: ['test/setup/fast-check.ts'], provide: { fcSeed } }

const browserProject = {
  test: {
    ...shared,
    name: 'browser',
    include: ['test/**/*.test.ts'],
    // Node-only tests read files, spawn processes or bundle code.
    exclude: ['test/**/*.node.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: chromium,
          args: chromiumArgs,
        },
      }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
}

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
    projects: [
      {
        test: {
          ...shared,
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
        },
      },
      ...(haveChromium ? [browserProject] : []),
    ],
  },
})
