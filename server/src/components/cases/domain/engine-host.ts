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

/**
 * What the server gives the engine for each command: the clock, the directory port and the
 * working-day calendar. One per app; caches the directory and calendar briefly.
 */
export class EngineHost {
  readonly directory = new DirectorySnapshotCache()
  private calendar: { at: number; value: WorkingCalendar } | undefined

  constructor(private readonly clock: () => Date = () => new Date()) {}

  now(): Date {
    return this.clock()
  }

  async context(db: Queryable): Promise<EngineContext> {
    const directory = await this.directory.get(db)
    return {
      now: this.clock().toISOString(),
      directory,
      calendar: await this.loadCalendar(db),
      settings: { adminIds: directory.adminIds() },
    }
  }

  private async loadCalendar(db: Queryable): Promise<WorkingCalendar> {
    if (this.calendar && Date.now() - this.calendar.at < 60_000) return this.calendar.value
    const { rows } = await db.query(`SELECT doc FROM calendars WHERE id = 'default'`)
    const value = (rows[0]?.doc as WorkingCalendar | undefined) ?? FALLBACK_CALENDAR
    this.calendar = { at: Date.now(), value }
    return value
  }
}
