import { parseArgs } from './options'

const env = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' }
const clock = () => new Date('2026-11-27T09:41:12.345Z')

test('defaults: a million cases over 18 months up to this hour, seed 1', () => {
  expect(parseArgs([], env, clock)).toEqual({
    cases: 1_000_000,
    databaseUrl: env.DATABASE_URL,
    seed: 1,
    months: 18,
    now: '2026-11-27T09:00:00.000Z',
    append: false,
    fullEvents: false,
    writers: 2,
  })
})

test('options override the environment', () => {
  const o = parseArgs(
    [
      '--cases',
      '2000',
      '--database-url',
      'postgres://x/y',
      '--seed',
      '9',
      '--months',
      '6',
      '--append',
      '--now',
      '2026-01-05T02:00:00Z',
    ],
    env,
  )
  expect(o).toMatchObject({
    cases: 2000,
    databaseUrl: 'postgres://x/y',
    seed: 9,
    months: 6,
    append: true,
    now: '2026-01-05T02:00:00.000Z',
  })
})

test('refuses to run without a database', () => {
  expect(() => parseArgs(['--cases', '10'], {})).toThrow(/DATABASE_URL/)
})

test('names the option at fault', () => {
  expect(() => parseArgs(['--cases', '0'], env)).toThrow(/--cases/)
  expect(() => parseArgs(['--months', 'x'], env)).toThrow(/--months/)
  expect(() => parseArgs(['--now', 'yesterday'], env)).toThrow(/--now/)
  expect(() => parseArgs(['--bogus'], env)).toThrow()
})
