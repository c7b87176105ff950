import type { PoolClient } from '../../src/libraries/db'
import type { ApiClient } from './http-client'
import type { TestApp } from './test-app'

/** Poll `check` every 20 ms until it holds; fail after 10 s, naming `what`. */
export async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + 10_000
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/**
 * Row locks that keep a task action's save statement in flight (see SaveBatcher): the statement
 * waits for the lock until the test releases it.
 */
export function saveLocks(suite: { readonly t: TestApp }) {
  /** Lock the case row in a transaction of its own; `release()` rolls it back. */
  const lockCase = async (caseId: string): Promise<{ release(): Promise<void> }> => {
    const c: PoolClient = await suite.t.pool.connect()
    await c.query('BEGIN')
    await c.query('SELECT 1 FROM cases WHERE id = $1 FOR UPDATE', [caseId])
    return {
      release: async () => {
        await c.query('ROLLBACK')
        c.release()
      },
    }
  }

  /** Save statements of this test's database waiting for a lock. */
  const savesWaiting = async (): Promise<number> => {
    const { rows } = await suite.t.pool.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'tongban-saves' AND wait_event_type = 'Lock'`,
    )
    return rows[0].n as number
  }

  /** Approve `taskId` while `caseId` is locked, so that the approval's save statement is in flight. */
  const stuckApproval = async (approver: ApiClient, caseId: string, taskId: string) => {
    const lock = await lockCase(caseId)
    const waiting = await savesWaiting()
    const response = approver.post(`/api/tasks/${taskId}/actions`, { action: 'approve' })
    await until(async () => (await savesWaiting()) === waiting + 1, 'the save statement to wait for the lock')
    return { response, release: () => lock.release() }
  }

  return { lockCase, stuckApproval }
}
