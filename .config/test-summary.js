// Prints the monorepo's closing test line from the per-package files the jest reporter wrote.
const fs = require('node:fs')
const path = require('node:path')
const dir = path.resolve(__dirname, '..', '.tmp', 'test-results')
const mode = process.argv[2]
if (mode === 'reset') {
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}
let passed = 0, failed = 0, skipped = 0
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : []
for (const f of files) {
  const s = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))
  passed += s.passed; failed += s.failed; skipped += s.skipped
  console.log(`  ${f.replace(/\.json$/, '').padEnd(28)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`)
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || files.length === 0 ? 1 : 0)
