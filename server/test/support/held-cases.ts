import type { ApiClient } from './http-client'
import type { TestApp } from './test-app'

/**
 * Cases a test app holds (its state cache has their current state): each started by `clerk` on
 * `matterId` (a chain of approvals, see approvalChain) and its first step approved, so the next
 * approval takes the held-case path (act-on-held-case.ts).
 */
export function heldCases(
  suite: { readonly t: TestApp; as(username: string): Promise<ApiClient> },
  matterId: string,
) {
  /** The case's one open task. */
  const openTask = async (caseId: string): Promise<string> => {
    const { rows } = await suite.t.pool.query(`SELECT id FROM tasks WHERE case_id = $1 AND status = 'open'`, [
      caseId,
    ])
    expect(rows).toHaveLength(1)
    return rows[0].id
  }
  /** A case with its first step approved by `approver`: held by the server. */
  const heldCase = async (
    approver: ApiClient,
  ): Promise<{ caseId: string; taskId: string; version: number }> => {
    const clerk = await suite.as('clerk')
    const started = await clerk.post('/api/cases', { matterId, data: { purpose: '持有测试' } })
    expect(started.status).toBe(201)
    const caseId = started.body.id as string
    const first = await openTask(caseId)
    const res = await approver.post(`/api/tasks/${first}/actions`, { action: 'approve' })
    expect(res.status).toBe(200)
    return { caseId, taskId: await openTask(caseId), version: res.body.stateVersion as number }
  }
  return { openTask, heldCase }
}
