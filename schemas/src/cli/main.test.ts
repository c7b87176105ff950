import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from './main'

const PACKAGE = join(__dirname, '..', '..')
const FIXTURES = join(PACKAGE, 'src', '__fixtures__')

function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: PACKAGE,
  })
  return { code, stdout, stderr }
}

function tempFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-cli-'))
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
  }
  return dir
}

const fixture = (path: string) => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as any

describe('tongban check', () => {
  it('exits 0 for valid documents of every type, skipping fixture sidecars', () => {
    const folders = ['bundle', 'directory', 'calendar', 'matter', 'form', 'flow'].map((t) =>
      join(FIXTURES, t, 'valid'),
    )
    const { code, stdout } = run('check', ...folders)
    expect(stdout).toMatch(/^已检查 \d+ 个文件：0 个错误，0 个警告\n$/)
    expect(code).toBe(0)
  })

  it('exits 1 and prints every issue as file:path  code  message', () => {
    const { code, stdout } = run('check', join(FIXTURES, 'flow', 'invalid', 'join-deadlock.json'))
    expect(code).toBe(1)
    expect(stdout).toContain(
      'src/__fixtures__/flow/invalid/join-deadlock.json:/nodes/6  flow.join-deadlock  并行汇聚',
    )
    expect(stdout).toMatch(/已检查 1 个文件：1 个错误，0 个警告，1 个文件无效\n$/)
  })

  it('walks folders recursively and reports every invalid fixture', () => {
    const { code, stdout } = run('check', FIXTURES, '--lang', 'en')
    expect(code).toBe(1)
    expect(stdout).toContain(
      'flow/invalid/start-count.json:/nodes/1  flow.start-count  A flow has one start node',
    )
    expect(stdout).toContain(
      'form/invalid/unsafe-content.json:/schema/properties/a/title  form.unsafe-content',
    )
    expect(stdout).not.toContain('.expected.json')
    expect(stdout).toMatch(/file\(s\) checked: \d+ error\(s\), \d+ warning\(s\), \d+ invalid file\(s\)\n$/)
  })

  it('exits 0 when only warnings are found, and marks them', () => {
    const { code, stdout } = run('check', join(FIXTURES, 'flow', 'invalid', 'cycle.json'), '--lang=en')
    expect(code).toBe(0)
    expect(stdout).toContain('flow.cycle  warning The graph has a cycle')
  })

  it('prints machine-readable output with --json', () => {
    const { code, stdout } = run(
      'check',
      join(FIXTURES, 'matter', 'invalid', 'variant-of-self.json'),
      '--json',
    )
    expect(code).toBe(1)
    const out = JSON.parse(stdout)
    expect(out.summary).toEqual({ files: 1, invalidFiles: 1, errors: 1, warnings: 0 })
    expect(out.files[0]).toMatchObject({
      type: 'matter',
      issues: [{ path: '/variantOf', code: 'matter.variant-of-self' }],
    })
  })

  it('reports unparsable and unrecognised files', () => {
    const dir = tempFolder({
      'broken.json': '{ "a": ',
      'other.json': { hello: 'world' },
      'notes.txt': 'ignored',
    })
    const { code, stdout } = run('check', dir)
    expect(code).toBe(1)
    expect(stdout).toMatch(/broken\.json:\/ {2}file\.invalid-json {2}不是有效的 JSON/)
    expect(stdout).toMatch(/other\.json:\/ {2}file\.unknown-document {2}无法识别的文档/)
    expect(stdout).not.toContain('notes.txt')
  })

  it('cross-checks bundles against a directory and against each other', () => {
    const bundle = fixture('bundle/valid/archive-lookup.json')
    const other = structuredClone(bundle)
    other.matter.code = 'LS-DA-002'
    other.matter.id = 'm-da-002'
    // archive-lookup's sub-flow starts LS-DA-002; LS-DA-002's starts LS-DA-404, which is absent.
    other.flow.nodes.find((n: any) => n.id === 'sub').matterCode = 'LS-DA-404'
    const directory = fixture('directory/valid/lishui-archive.json')
    const dir = tempFolder({ 'a.json': bundle, 'b.json': other, 'directory.json': directory })
    const { code, stdout } = run('check', dir)
    expect(code).toBe(1)
    expect(stdout).toMatch(/b\.json:\/flow\/nodes\/6\/matterCode {2}flow\.unknown-matter/)
    // The directory defines archivist and leader, the only roles the bundles use.
    expect(stdout).not.toMatch(/a\.json/)
    expect(stdout).not.toContain('flow.unknown-role')
    directory.orgRoles = [{ code: 'leader', name: '分管领导' }]
    writeFileSync(join(dir, 'directory.json'), JSON.stringify(directory))
    expect(run('check', dir).stdout).toMatch(
      /a\.json:\/flow\/nodes\/1\/assignees\/0\/role {2}flow\.unknown-role/,
    )
  })

  it('checks a single bundle without requiring a catalogue of matters', () => {
    expect(run('check', join(FIXTURES, 'bundle', 'valid', 'archive-lookup.json')).code).toBe(0)
  })

  it.each([
    [[], 0, 'usage'],
    [['--help'], 0, 'usage'],
    [['lint', 'x'], 2, 'unknown command'],
    [['check'], 2, 'name a file or folder'],
    [['check', 'x', '--lang', 'fr'], 2, '--lang must be'],
    [['check', 'x', '--fast'], 2, 'unknown option'],
    [['check', 'no/such/path.json'], 2, 'no such file or folder'],
  ])('%j exits %i', (argv, expected, text) => {
    const { code, stdout, stderr } = run(...(argv as string[]))
    expect(code).toBe(expected)
    expect(stdout + stderr).toContain(text)
  })
})

// The shim in bin/ needs the compiled package; the in-process tests above cover the logic.
const built = existsSync(join(PACKAGE, 'dist', 'cli', 'main.js'))
;(built ? describe : describe.skip)('bin/tongban.js (built package)', () => {
  it('runs as a command and exits with the check result', () => {
    const ok = spawnSync(
      process.execPath,
      [join(PACKAGE, 'bin', 'tongban.js'), 'check', join(FIXTURES, 'matter', 'valid')],
      { encoding: 'utf8' },
    )
    expect(ok.status).toBe(0)
    const bad = spawnSync(
      process.execPath,
      [join(PACKAGE, 'bin', 'tongban.js'), 'check', join(FIXTURES, 'matter', 'invalid'), '--lang', 'en'],
      {
        encoding: 'utf8',
      },
    )
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('matter.promised-exceeds-legal')
  })
})
