import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { listBundleFiles } from './index'

// The issue's acceptance line: "all of it passes `npx tongban check`". This runs the real command
// (the schemas package's bin, compiled to its dist/ by the root postinstall; after changing the
// schemas sources, `npm run build -w @tongban/schemas` refreshes it).
describe('npx tongban check examples', () => {
  it('exits 0 and recognises every file, with no issue at all', () => {
    const bin = join(dirname(require.resolve('@tongban/schemas/package.json')), 'bin', 'tongban.js')
    const run = spawnSync(process.execPath, [bin, 'check', join(__dirname, '..'), '--json'], { encoding: 'utf8', timeout: 120_000 })
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' })
    const report = JSON.parse(run.stdout) as { files: Array<{ file: string; type: string; issues: unknown[] }> }
    const types = report.files.map((f) => f.type)
    expect(types.filter((t) => t === 'bundle')).toHaveLength(listBundleFiles().length)
    expect(types.filter((t) => t !== 'bundle').sort()).toEqual(['calendar', 'directory'])
    expect(report.files.flatMap((f) => f.issues)).toEqual([])
  }, 120_000)
})
