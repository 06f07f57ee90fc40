// Writes docs/self-evaluation.schema.json from the built library, so non-TypeScript apps validate
// the same shape. Run by `npm run build`; a test checks the committed file is current.
import { writeFileSync } from 'node:fs'
import { selfEvaluationJsonSchema } from '../dist/index.js'

const file = new URL('../docs/self-evaluation.schema.json', import.meta.url)
writeFileSync(file, `${JSON.stringify(selfEvaluationJsonSchema(), null, 2)}\n`)
// Quiet: the build runs before every test run and every start.
