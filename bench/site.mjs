// How soon the review page shows its first review: time from navigation start to the Liwan
// example's review on screen (`?example=liwan` opens it as the page starts; the page marks
// `review-shown` when the review is in the DOM), in headless Chromium, a fresh browser context (no
// cache) per round. Also the time from a click on "open the Liwan example" to its review, with the
// page already loaded. Serves site-dist/ (`npm run site` first; built here with Vite when missing).
// Usage: node bench/site.mjs [rounds=9]
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright'
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs'
import { serveStatic } from '../scripts/serve-static.mjs'

const root = resolve(import.meta.dirname, '..')
const dist = join(root, 'site-dist')
const rounds = Number(process.argv[2] ?? 9)

if (!existsSync(join(dist, 'index.html'))) {
  const built = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'site/vite.config.ts',
    ],
    { cwd: root, stdio: 'inherit' },
  )
  if (built.status !== 0) process.exit(built.status ?? 1)
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}
const ms = (x) => `${x.toFixed(0)} ms`

const server = await serveStatic(dist)
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
})
const cold = []
const parts = { script: [], evaluate: [], render: [] }
const click = []
try {
  for (let i = 0; i < rounds; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${server.url}?example=liwan`)
    await page.waitForFunction(
      () => document.getElementById('fig-completion')?.textContent === '89.31%',
    )
    const marks = await page.evaluate(() =>
      ['page-start', 'evaluated', 'review-shown'].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      ),
    )
    const [start, evaluated, shown] = marks
    cold.push(shown)
    parts.script.push(start)
    parts.evaluate.push(evaluated - start)
    parts.render.push(shown - evaluated)
    await page.goto(server.url, { waitUntil: 'load' })
    const took = await page.evaluate(
      () =>
        new Promise((done) => {
          const t0 = performance.now()
          new MutationObserver((_, observer) => {
            if (document.getElementById('fig-completion')?.textContent === '89.31%') {
              observer.disconnect()
              // After the frame that shows it.
              requestAnimationFrame(() => done(performance.now() - t0))
            }
          }).observe(document.body, { childList: true, subtree: true })
          document.getElementById('example')?.click()
        }),
    )
    click.push(took)
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}
console.log(`rounds: ${rounds} (Chromium ${browser.version()}, headless)`)
console.log(
  `navigation start → first Liwan review shown: median ${ms(median(cold))} (min ${ms(Math.min(...cold))}, max ${ms(Math.max(...cold))}); target ≤ 1000 ms`,
)
console.log(
  `  of which: page fetched and its modules run ${ms(median(parts.script))}, evaluate ${ms(median(parts.evaluate))}, review drawn ${ms(median(parts.render))} (medians)`,
)
console.log(
  `click "open the Liwan example" → review shown: median ${ms(median(click))} (min ${ms(Math.min(...click))}, max ${ms(Math.max(...click))})`,
)
