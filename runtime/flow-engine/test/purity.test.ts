import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The engine is a pure core: its dependencies and its source prove it (ESLint enforces the same). */
describe('purity of @tongban/flow-engine', () => {
  const root = join(__dirname, '..')
  it('depends on @tongban/schemas only', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    expect(Object.keys(pkg.dependencies)).toEqual(['@tongban/schemas'])
  })
  it('imports nothing but its own files and @tongban/schemas, and reads no clock or randomness', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path)
      }
    }
    walk(join(root, 'src'))
    expect(files.length).toBeGreaterThan(40)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/from '([^']+)'/g)) expect([file, m[1]!.startsWith('.') || m[1] === '@tongban/schemas']).toEqual([file, true])
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      expect([file, /\bDate\b|Math\.random|\beval\(|new Function|setTimeout|process\./.test(code)]).toEqual([file, false])
    }
  })
})
