import { TIMER_TASK } from '@tongban/server'
import type pg from 'pg'

/**
 * Give every armed timer of this run's cases its graphile-worker job, as the server does when the
 * engine sets a timer (its task name, one queue per case, job key `timer:<id>`, 20 attempts): a server started on the database then fires the deadlines, reminders and
 * cards of the running cases (those already due fire at once, late but not lost). Returns the
 * number of jobs added.
 */
export async function scheduleTimerJobs(db: pg.ClientBase, prefix: string): Promise<number> {
  // One set-based add_jobs call (add_job per row took minutes for 30k timers under load).
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM graphile_worker.add_jobs(ARRAY(
       SELECT ROW($1::text, json_build_object('caseId', t.case_id, 'timerId', t.id), 'case:' || t.case_id, t.due_at,
                  20, 'timer:' || t.id, NULL, NULL)::graphile_worker.job_spec
         FROM case_timers t
        WHERE t.status = 'armed' AND t.case_id LIKE $2 || '%'
        ORDER BY t.due_at, t.id))`,
    [TIMER_TASK, prefix],
  )
  return rows[0]?.n ?? 0
}
