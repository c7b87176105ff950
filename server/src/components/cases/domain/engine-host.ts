import type { EngineContext } from '@tongban/flow-engine'
import type { WorkingCalendar } from '@tongban/schemas'
import type { Queryable } from '../../../libraries/db'
import { DirectorySnapshotCache } from '../../directory/domain/directory-snapshot'

/** Weekends only: used until a calendar is imported. */
const FALLBACK_CALENDAR: WorkingCalendar = {
  id: 'default',
  name: '默认（仅周末）',
  weekend: [0, 6],
  timeZone: 'Asia/Shanghai',
  years: {},
}

const CALENDAR_TTL_MS = 60_000

/**
 * What the server gives the engine for each command: the clock, the directory port and the
 * working-day calendar of the matter (its `calendarId`, else `default`). One per app; caches the
 * directory and calendars briefly (60 s; a calendar edit in this process is seen at once).
 */
export class EngineHost {
  readonly directory = new DirectorySnapshotCache()
  private calendars = new Map<string, { at: number; generation: number; value: WorkingCalendar }>()
  /** Bumped by {@link EngineHost.calendarsChanged}: every host of the process reloads its calendars. */
  private static generation = 0

  /** A calendar was edited in this process: every host forgets its cached calendars. */
  static calendarsChanged(): void {
    EngineHost.generation++
  }

  constructor(private readonly clock: () => Date = () => new Date()) {}

  now(): Date {
    return this.clock()
  }

  /** The engine context for a case of a matter whose working calendar is `calendarId`. */
  async context(db: Queryable, calendarId?: string): Promise<EngineContext> {
    const directory = await this.directory.get(db)
    return {
      now: this.clock().toISOString(),
      directory,
      calendar: await this.calendar(db, calendarId ?? 'default'),
      settings: { adminIds: directory.adminIds() },
    }
  }

  /** The calendar `id`, or `default` when there is no such calendar (or the weekends-only fallback). */
  async calendar(db: Queryable, id: string): Promise<WorkingCalendar> {
    const hit = this.calendars.get(id)
    if (hit && hit.generation === EngineHost.generation && Date.now() - hit.at < CALENDAR_TTL_MS) return hit.value
    const { rows } = await db.query(
      `SELECT id, doc FROM calendars WHERE id = $1 OR id = 'default' ORDER BY (id = $1) DESC LIMIT 1`,
      [id],
    )
    const value = (rows[0]?.doc as WorkingCalendar | undefined) ?? FALLBACK_CALENDAR
    this.calendars.set(id, { at: Date.now(), generation: EngineHost.generation, value })
    return value
  }
}
