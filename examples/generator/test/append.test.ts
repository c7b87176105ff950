import pg from 'pg'
import { generate } from '../src'
import { createTestDatabase, seedDatabase, type TestDatabase } from './support/test-database'

const NOW = '2026-11-27T09:00:00.000Z'
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  await seedDatabase(database.url)
  await generate({ databaseUrl: database.url, cases: 30, seed: 7, months: 3, now: NOW })
}, 300_000)

afterAll(async () => {
  await database?.close()
})

test('refuses a database that already has generated cases, unless appending', async () => {
  await expect(
    generate({ databaseUrl: database.url, cases: 10, seed: 7, months: 18, now: NOW }),
  ).rejects.toThrow(/--append/)
  const more = await generate({
    databaseUrl: database.url,
    cases: 20,
    seed: 8,
    months: 2,
    now: NOW,
    append: true,
  })
  expect(more.prefix).toBe('g2-')
  expect(more.bulk).toBe(false)
  const db = new pg.Client({ connectionString: database.url })
  await db.connect()
  try {
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n)
    expect(
      await count(`SELECT count(*) AS n FROM cases WHERE id LIKE 'g2-%' AND parent_case_id IS NULL`),
    ).toBe(20)
    expect(
      await count(`SELECT count(*) AS n FROM (SELECT no FROM cases GROUP BY no HAVING count(*) > 1) d`),
    ).toBe(0)
  } finally {
    await db.end()
  }
}, 120_000)
