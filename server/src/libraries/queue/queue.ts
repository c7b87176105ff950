import { Logger as WorkerLogger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker'
import type { Pool, Queryable } from '../db'
import type { Logger } from '../logger/logger'

/**
 * The durable job queue: graphile-worker on our own PostgreSQL. Jobs are rows; a job is locked by
 * one worker at a time (SKIP LOCKED), retried with exponential backoff, and survives restarts.
 * Jobs are added with SQL inside the caller's transaction, so a change and the work it causes
 * (timers, webhooks) commit together or not at all (transactional outbox).
 */
export interface EnqueueOptions {
  runAt?: string | Date
  /** Replaces a pending job with the same key (and lets it be removed by key). */
  jobKey?: string
  maxAttempts?: number
  /** Jobs of one queue run one at a time, in order. */
  queueName?: string
}

export async function enqueue(
  db: Queryable,
  task: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<void> {
  await db.query(
    `SELECT graphile_worker.add_job($1::text, $2::json, queue_name := $3::text, run_at := $4::timestamptz,
                                    max_attempts := $5::int, job_key := $6::text)`,
    [
      task,
      JSON.stringify(payload),
      options.queueName ?? null,
      options.runAt ? new Date(options.runAt).toISOString() : null,
      options.maxAttempts ?? 25,
      options.jobKey ?? null,
    ],
  )
}

/** Remove a pending job by key (no-op when it already ran or is running). */
export async function removeJob(db: Queryable, jobKey: string): Promise<void> {
  await db.query('SELECT graphile_worker.remove_job($1::text)', [jobKey])
}

/** Create or upgrade the queue's own schema (`graphile_worker`). */
export async function migrateQueue(pool: Pool, logger?: Logger): Promise<void> {
  await runMigrations({ pgPool: pool, logger: workerLogger(logger) })
}

export interface Worker {
  stop(): Promise<void>
}

/** Run jobs of `taskList` in this process until `stop()`. Several processes may run workers. */
export async function startWorker(
  pool: Pool,
  taskList: TaskList,
  options: { concurrency: number; pollMs: number; logger?: Logger; crontab?: string },
): Promise<Worker> {
  const runner: Runner = await run({
    pgPool: pool,
    taskList,
    ...(options.crontab ? { crontab: options.crontab } : {}),
    concurrency: options.concurrency,
    pollInterval: options.pollMs,
    noHandleSignals: true,
    logger: workerLogger(options.logger),
  })
  return { stop: () => runner.stop() }
}

// helpers

function workerLogger(logger: Logger | undefined): WorkerLogger {
  return new WorkerLogger(() => (level, message, meta) => {
    if (!logger) return
    const entry = { worker: meta }
    if (level === 'error') logger.error(entry, message)
    else if (level === 'warning') logger.warn(entry, message)
    else logger.debug(entry, message)
  })
}
