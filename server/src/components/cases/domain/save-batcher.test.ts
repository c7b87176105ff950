import { createPool, type Pool } from '../../../libraries/db'
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-db'
import { SaveBatcher } from './save-batcher'
import type { SavePart } from './save-statement'

// The batcher's grouping on a real PostgreSQL, with stand-in saves: each "save" selects its case
// id back, so a statement's answer says which saves it carried. The task-action saves themselves
// are tested over HTTP (test/api/group-commit.api.test.ts).
let db: TestDatabase
let pool: Pool

beforeAll(async () => {
  db = await createTestDatabase()
  pool = createPool(db.url, 4)
  await pool.query(
    `CREATE TABLE stand_in_cases (id text PRIMARY KEY); INSERT INTO stand_in_cases VALUES ('c0'), ('c1')`,
  )
})

afterAll(async () => {
  await pool.end()
  await db.drop()
})

/**
 * A stand-in save of `caseId`; `shape` changes its text; `slow` keeps its statement running;
 * `row` updates the case's row of stand_in_cases (so it waits while another transaction locks it).
 */
function save(caseId: string, shape: 'a' | 'b' | 'slow' | 'row'): SavePart {
  return {
    caseId,
    render: ({ first, name }) => ({
      ctes: [
        shape === 'row'
          ? `${name('s')} AS (UPDATE stand_in_cases SET id = id WHERE id = $${first}::text RETURNING id)`
          : `${name('s')} AS (SELECT $${first}::text AS id${shape === 'b' ? ', 2 AS b' : ''}${shape === 'slow' ? ' FROM pg_sleep(0.3)' : ''})`,
      ],
      saved: `(SELECT count(*) FROM ${name('s')})`,
      jobs: [],
      select: [`(SELECT id FROM ${name('s')}) AS "${name('caseId')}"`],
      args: [caseId],
    }),
  }
}

/** The statements sent while `run` ran, each as the case ids it carried. */
async function statementsDuring(run: () => Promise<unknown>): Promise<string[][]> {
  const original = pool.query
  const sent: string[][] = []
  pool.query = ((config: { text: string }, args: unknown[]) => {
    sent.push(args.map(String))
    return (original as (...a: unknown[]) => unknown).call(pool, config, args)
  }) as unknown as typeof pool.query
  try {
    await run()
  } finally {
    pool.query = original
  }
  return sent
}

/** Lock stand_in_cases rows in a transaction of their own until `release()`. */
async function lockRows(ids: string[]): Promise<{ release(): Promise<void> }> {
  const c = await pool.connect()
  await c.query('BEGIN')
  await c.query('SELECT 1 FROM stand_in_cases WHERE id = ANY($1) FOR UPDATE', [ids])
  return {
    release: async () => {
      await c.query('ROLLBACK')
      c.release()
    },
  }
}

describe('SaveBatcher', () => {
  it('When saves queue behind a statement, then they go together by shape, one per case, at most maxBatch, ordered by case', async () => {
    // The slow statement must stay the one in flight: no stall limit within reach.
    const batcher = new SaveBatcher(pool, { inFlight: 1, maxBatch: 3, stallMs: 60_000 })
    const answers: Array<{ saved: boolean; guard: Record<string, unknown> }> = []
    const sent = await statementsDuring(async () => {
      const all = [
        batcher.run(save('c0', 'slow')),
        batcher.run(save('c5', 'a')),
        batcher.run(save('c1', 'a')),
        batcher.run(save('c9', 'b')),
        batcher.run(save('c1', 'a')),
        batcher.run(save('c3', 'a')),
        batcher.run(save('c4', 'a')),
        batcher.run(save('c8', 'b')),
      ]
      expect(batcher.waiting).toBe(7)
      answers.push(...(await Promise.all(all)))
    })
    expect(sent).toEqual([
      ['c0'],
      ['c1', 'c3', 'c5'], // shape a, the second c1 left for later, at most three
      ['c8', 'c9'], // then the oldest waiting save is a b: the b's
      ['c1', 'c4'], // then the a's left
    ])
    expect(answers.map((a) => a.saved)).toEqual(Array(8).fill(true))
    expect(answers.map((a) => a.guard.caseId)).toEqual(['c0', 'c5', 'c1', 'c9', 'c1', 'c3', 'c4', 'c8'])
    expect(batcher.waiting).toBe(0)
  })

  it('When nothing is in flight, then a save is sent at once, alone', async () => {
    const batcher = new SaveBatcher(pool, { inFlight: 1, maxBatch: 16 })
    const sent = await statementsDuring(async () => {
      expect((await batcher.run(save('c1', 'a'))).saved).toBe(true)
      expect((await batcher.run(save('c2', 'a'))).saved).toBe(true)
    })
    expect(sent).toEqual([['c1'], ['c2']])
  })

  it('When a statement waits for a row lock past stallMs, then the saves behind it go in another statement meanwhile', async () => {
    let stalls = 0
    const batcher = new SaveBatcher(pool, { inFlight: 1, maxBatch: 16, stallMs: 30, onStall: () => stalls++ })
    const lock = await lockRows(['c0'])
    const stuck = batcher.run(save('c0', 'row'))
    let stuckDone = false
    void stuck.then(() => (stuckDone = true))
    // Sent while c0's statement is the one in flight; answered while it still waits.
    expect((await batcher.run(save('c1', 'a'))).guard.caseId).toBe('c1')
    expect(stuckDone).toBe(false)
    // c0's statement stalled (c1's may have too, on a slow connection start).
    expect(stalls).toBeGreaterThanOrEqual(1)
    await lock.release()
    expect((await stuck).saved).toBe(true)
  })

  it('When statements stall, then at most maxStalled more run, and a save of a case in flight waits for its statement', async () => {
    const batcher = new SaveBatcher(pool, { inFlight: 1, maxBatch: 16, stallMs: 30, maxStalled: 1 })
    const lock = await lockRows(['c0', 'c1'])
    const settled: string[] = []
    const track = (id: string, p: Promise<unknown>) => p.then(() => settled.push(id))
    const sent = await statementsDuring(async () => {
      const first = track('c0', batcher.run(save('c0', 'row')))
      const again = track('c0 again', batcher.run(save('c0', 'a')))
      const second = track('c1', batcher.run(save('c1', 'row')))
      const third = track('c2', batcher.run(save('c2', 'a')))
      await new Promise((r) => setTimeout(r, 300))
      // c0 stalled, so c1 went (c0's second save waits for c0's statement); c1 stalled too, and
      // with one stalled statement allowed beyond the one in flight, c2 waits.
      expect(settled).toEqual([])
      expect(batcher.waiting).toBe(2)
      await lock.release()
      await Promise.all([first, again, second, third])
    })
    expect(sent.slice(0, 2)).toEqual([['c0'], ['c1']])
    expect(sent.slice(2).flat().sort()).toEqual(['c0', 'c2'])
  })

  it('When a waiting save cannot be rendered, then it alone gets the error and the others are saved', async () => {
    const batcher = new SaveBatcher(pool, { inFlight: 1, maxBatch: 16, stallMs: 60_000 })
    const broken: SavePart = {
      caseId: 'c7',
      render: () => {
        throw new Error('render failed')
      },
    }
    const results = await Promise.allSettled([
      batcher.run(save('c0', 'slow')),
      batcher.run(save('c1', 'a')),
      batcher.run(broken),
      batcher.run(save('c2', 'a')),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled'])
    expect((results[2] as PromiseRejectedResult).reason).toEqual(new Error('render failed'))
    expect(batcher.waiting).toBe(0)
  })

  it('When the connection is lost, then every save of the statement gets the error, none is retried', async () => {
    const broken = createPool('postgres://nobody:wrong@127.0.0.1:1/none', 1)
    let statements = 0
    const query = broken.query.bind(broken) as (...a: unknown[]) => unknown
    broken.query = ((...a: unknown[]) => (statements++, query(...a))) as unknown as typeof broken.query
    const batcher = new SaveBatcher(broken, { inFlight: 1, maxBatch: 16 })
    const results = await Promise.allSettled([
      batcher.run(save('c1', 'a')),
      batcher.run(save('c2', 'a')),
      batcher.run(save('c3', 'a')),
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected'])
    // c1 alone, then c2 and c3 together; neither statement is split into retries.
    expect(statements).toBe(2)
    await broken.end()
  })
})
