#!/usr/bin/env node
'use strict'
// The `tongban` command. The TypeScript sources are compiled to dist/ by `npm run build`
// (the repository's postinstall does it), so this file stays a one-line shim.
const { main } = require('../dist/cli/main.js')

process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
