import pg from 'pg'
import type { Queryable } from '../../../libraries/db'
import { runSaves, saveStatement, type SaveAnswer, type SavePart, type SaveRunner } from './save-statement'

export interface SaveBatcherOptions {
  /** Statements in flight at once; saves that arrive meanwhile wait and go together. */
  inFlight: number
  /** At most this many saves in one statement. */
  maxBatch: number
  /**
   * A statement still running after this many milliseconds (waiting for a row lock that another
   * transaction holds, say) stops counting against `inFlight`: the saves behind it go in another
   * statement instead of waiting with it. Default 50 (a statement runs for a few milliseconds).
   */
  stallMs?: number
  /**
   * At most `inFlight` + this many statements at once; default STALLED_STATEMENTS_MAX, which
   * savePoolSize provides connections for (more would wait for a connection, and stall).
   */
  maxStalled?: number
  /** Told each statement's number of saves, and whether it failed (then retried save by save). */
  onStatement?: (saves: number, failed: boolean) => void
  /** Told each time a statement passes `stallMs`. */
  onStall?: () => void
}

/** Statements that may run past `stallMs` besides `inFlight` (see savePoolSize). */
export const STALLED_STATEMENTS_MAX = 4

/** Connections the save pool needs: the statements in flight and those sent past stalled ones. */
export function savePoolSize(inFlight: number): number {
  return inFlight + STALLED_STATEMENTS_MAX
}

interface Waiting {
  part: SavePart
  /**
   * The statement's text were the save alone: saves go together only with saves of one shape.
   * Rendered only when the save has others to go with (see shapeOf).
   */
  shape?: string
  resolve: (answer: SaveAnswer) => void
  reject: (err: unknown) => void
}

/**
 * Group commit of one-statement saves. A save that finds fewer than `inFlight` statements running
 * is sent at once, alone (no wait, no added latency when the server is not busy); saves that
 * arrive while the statements are running wait, and the next free slot sends them together in ONE
 * statement (see saveStatement), one transaction and one commit. Under load a single round trip
 * then carries several approvals: PostgreSQL starts one executor and flushes the WAL once for all
 * of them, the server sends and parses one message.
 *
 * Each save keeps its own guard and version check, so each writes or not on its own, as alone.
 * Two saves of one case never share a statement (the later one waits for the next: its version
 * check then sees the earlier's write, exactly as two statements would). PostgreSQL would let only
 * one of two updates of a row in one statement through too, but documents which one as
 * unpredictable; the batcher does not lean on that. A statement PostgreSQL refuses (an error in
 * one save aborts all of them) is retried save by save, so one save's error is its own.
 *
 * Only saves whose lone statements would be the same text go together, so the statements are a
 * bounded set (each lone text times 1..maxBatch), each prepared once per connection. Saves are
 * ordered by case, so two statements (two servers) take the cases' row locks in one order; a
 * session's touch (at most once a minute) skips a session row another transaction holds, so
 * sessions neither order nor block statements (see liveSessionSql).
 *
 * A statement still running after `stallMs` — most often waiting for a row lock another
 * transaction holds on one of its cases, but any slow statement counts — no longer holds up the
 * saves behind it: they go in another statement, up to `maxStalled` such statements at once.
 * Under overload that means up to inFlight + maxStalled smaller statements instead of one.
 */
export class SaveBatcher implements SaveRunner {
  private queue: Waiting[] = []
  private running = 0
  /** Running statements past stallMs: they do not count against inFlight. */
  private stalled = 0
  /** Cases of the running statements: a later save of one waits for its statement to end. */
  private readonly casesInFlight = new Set<string>()

  constructor(
    private readonly db: Queryable,
    private readonly options: SaveBatcherOptions = { inFlight: 1, maxBatch: 16 },
  ) {}

  /** Saves waiting for a statement. */
  get waiting(): number {
    return this.queue.length
  }

  run(part: SavePart): Promise<SaveAnswer> {
    return new Promise<SaveAnswer>((resolve, reject) => {
      this.queue.push({ part, resolve, reject })
      this.next()
    })
  }

  private next(): void {
    const { inFlight, maxStalled = STALLED_STATEMENTS_MAX } = this.options
    while (
      this.running - this.stalled < inFlight &&
      this.running < inFlight + maxStalled &&
      this.queue.length
    ) {
      const batch = this.take()
      if (!batch.length) break
      this.running++
      for (const w of batch) this.casesInFlight.add(w.part.caseId)
      let pastLimit = false
      const watch = setTimeout(() => {
        pastLimit = true
        this.stalled++
        this.tellStall()
        this.next()
      }, this.options.stallMs ?? 50)
      watch.unref()
      void this.send(batch).finally(() => {
        clearTimeout(watch)
        if (pastLimit) this.stalled--
        for (const w of batch) this.casesInFlight.delete(w.part.caseId)
        this.running--
        this.next()
      })
    }
  }

  /**
   * The waiting saves that go next: first come first, of the first one's shape, one per case, none
   * of a case in a running statement, at most maxBatch. Empty when every waiting save's case is in one.
   * A save that cannot be rendered is answered with its error and dropped (this runs from timers and
   * statement ends, where a throw would strand the queue).
   */
  private take(): Waiting[] {
    const ready = (w: Waiting) => !this.casesInFlight.has(w.part.caseId)
    if (this.queue.length === 1) return ready(this.queue[0] as Waiting) ? this.queue.splice(0) : []
    let shape: string | undefined
    const cases = new Set<string>()
    const batch: Waiting[] = []
    const later: Waiting[] = []
    for (const w of this.queue) {
      if (batch.length >= this.options.maxBatch || !ready(w) || cases.has(w.part.caseId)) {
        later.push(w)
        continue
      }
      let own: string
      try {
        own = shapeOf(w)
      } catch (err) {
        w.reject(err)
        continue
      }
      shape ??= own
      if (own !== shape) later.push(w)
      else {
        cases.add(w.part.caseId)
        batch.push(w)
      }
    }
    this.queue = later
    return batch.sort((a, b) => (a.part.caseId < b.part.caseId ? -1 : a.part.caseId > b.part.caseId ? 1 : 0))
  }

  private async send(batch: Waiting[]): Promise<void> {
    let answers: SaveAnswer[]
    try {
      answers = await runSaves(
        this.db,
        batch.map((w) => w.part),
      )
    } catch (err) {
      this.tell(batch.length, true)
      // PostgreSQL refused the statement: nothing of it was written, so each save again, alone,
      // gets its own answer. Anything else (the connection lost, perhaps after the commit) is the
      // answer of every save in it, as it would be of a lone save.
      if (batch.length === 1 || !(err instanceof pg.DatabaseError)) return batch.forEach((w) => w.reject(err))
      for (const w of batch)
        await runSaves(this.db, [w.part]).then(
          ([answer]) => w.resolve(answer as SaveAnswer),
          (e: unknown) => w.reject(e),
        )
      return
    }
    batch.forEach((w, i) => w.resolve(answers[i] as SaveAnswer))
    this.tell(batch.length, false)
  }

  private tell(saves: number, failed: boolean): void {
    try {
      this.options.onStatement?.(saves, failed)
    } catch {
      // A figure that cannot be recorded does not change a save's answer.
    }
  }

  private tellStall(): void {
    try {
      this.options.onStall?.()
    } catch {
      // As in tell.
    }
  }
}

function shapeOf(w: Waiting): string {
  return (w.shape ??= saveStatement([w.part]).text)
}
