import type {
  DirectoryDocument,
  Issue,
  Matter,
  MatterBundle,
  MatterStatus,
  Organisation,
  OrganisationRole,
  Person,
  PlatformRole,
  WorkingCalendar,
} from '@tongban/schemas'

/**
 * Request and response bodies of the server API as the designer reads them (see the server's
 * `GET /api/openapi.json`, which is the authority).
 */
export interface SessionUser {
  kind?: string
  personId: string | null
  username: string
  name: string
  roles: PlatformRole[]
  orgIds?: string[]
  primaryOrgId?: string | null
  permissions?: string[]
}

export interface LoginRequest {
  username: string
  password: string
}

export interface LoginResponse {
  personId: string
  csrfToken: string
  expiresInSeconds: number
}

/** A catalog row (`GET /api/matters`). */
export interface MatterSummary {
  id: string
  code: string
  name: string
  category: string
  acceptingOrgId: string
  regionId: string
  status: MatterStatus
  currentVersion: number
  variantOf: string | null
  draftRevision: number
  draftDirty: boolean
  updatedAt: string
  updatedBy: string | null
}

export interface MatterQuery {
  q?: string
  code?: string
  department?: string
  category?: string
  region?: string
  status?: MatterStatus
  limit?: number
  offset?: number
}

export interface Page<T> {
  items: T[]
  total?: number
}

/** `GET /api/matters/:id`: the row, its published bundle, and the draft for designers. */
export interface MatterDetail extends MatterSummary {
  published: MatterBundle | null
  draft?: MatterBundle
}

/** `PUT /api/matters/:id/draft` answers with the row including the saved draft. */
export interface MatterRow extends MatterSummary {
  draft: MatterBundle
}

export interface MatterVersion {
  version: number
  publishedAt: string
  publishedBy: string | null
  notes: string | null
}

export interface ValidationResult {
  ok: boolean
  issues: Issue[]
}

export interface DiffList {
  added: string[]
  removed: string[]
  changed: string[]
}

/** `GET /api/matters/:id/diff`. */
export interface BundleDiff {
  from: string
  to: string
  summary: {
    matter: { changed: string[] }
    fields: DiffList
    nodes: DiffList
    edges: DiffList
    settingsChanged: boolean
    layoutChanged: boolean
  }
  changes: Array<{ type: string; path: string; oldValue?: unknown; value?: unknown }>
  truncated: boolean
}

export interface VariantRequest {
  id: string
  regionId: string
  acceptingOrgId: string
  code?: string
  name?: string
}

export interface ImportResult {
  id: string
  created: boolean
  publishedVersion: number | null
}

/** A row of `GET /api/calendars`. */
export interface CalendarSummary {
  id: string
  name: string
  timeZone: string
  years: string[]
  updatedAt: string
}

/** One adjusted day: a public holiday (休) or a make-up working day (班, 调休上班). */
export interface CalendarDay {
  date: string
  kind: 'holiday' | 'workday'
  name?: string
}

/** `GET /api/calendars/:id/years/:year`. */
export interface CalendarYearDays {
  calendarId: string
  year: string
  days: CalendarDay[]
}

/**
 * The recomputation of open cases' deadlines after a calendar change. Older servers answer with the
 * finished counts only; newer ones queue a run (`runId`, `status`) to follow at
 * `GET /api/calendars/:id/recompute/:runId`.
 */
export interface RecomputeSummary {
  /** Open cases on the calendar examined (so far), and those whose deadlines or timers moved. */
  examined: number
  changed: number
  runId?: number
  status?: 'queued' | 'running' | 'done' | 'failed'
  conflicts?: number
  /** Cases whose monitoring facts were recomputed (null until that phase is done). */
  facts?: number | null
  error?: string | null
  finishedAt?: string | null
}

/** The answer to a year's replacement (JSON or Excel): counts, and the recomputation of open cases. */
export interface CalendarYearUpdate {
  calendarId: string
  year: string
  holidays: number
  workdays: number
  recomputed: RecomputeSummary
}

/** A located problem in a request (`details.errors` of a 422). */
export interface FieldError {
  path: string
  code: string
  message: string
  messageEn?: string
}

export type { DirectoryDocument, WorkingCalendar, Issue, Matter, MatterBundle, Organisation, OrganisationRole, Person }

/** A matter as far as its calendar goes (`GET /api/calendars?include=matters`). */
export interface MatterCalendarRef {
  id: string
  code: string
  name: string
  regionId?: string
  /** The `calendarId` the matter's published version names (the draft's before a first publish), if any. */
  calendarId?: string
}
