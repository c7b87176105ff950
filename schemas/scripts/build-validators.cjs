// Writes src/validate/precompiled/contract-validators.generated.ts from the contract's TypeBox
// schemas (Ajv standalone code); `npm run build` runs it before tsc. The TypeScript sources are
// loaded through SWC (the transform the jest setup already uses), so no build is needed first.
const fs = require('node:fs')
const path = require('node:path')
const swc = require('@swc/core')

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  })
  module._compile(code, filename)
}

const { GENERATED_FILE, generateContractValidators } = require('../src/validate/precompiled/generate.ts')
const file = path.join(__dirname, '..', 'src', 'validate', 'precompiled', GENERATED_FILE)
const next = generateContractValidators()
const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
if (next !== previous) fs.writeFileSync(file, next)
console.log(`${path.relative(process.cwd(), file)}: ${next === previous ? 'up to date' : 'written'} (${(next.length / 1024).toFixed(0)} KiB)`)
