import { loadDirectory, loadSamples } from '@tongban/examples'
import { createDirectoryPort } from '@tongban/flow-engine'
import type { DirectoryDocument, MatterBundle, WorkingCalendar } from '@tongban/schemas'
import type pg from 'pg'
import type { MatterWorld } from '../simulate/simulate-case'

/** A published matter of the database, with what its cases need. */
export interface MatterEntry {
  matterId: string
  bundle: MatterBundle
  /** One world per example submission (applicant and form data) of the matter. */
  worlds: MatterWorld[]
  applicantNames: string[]
  applicantRegionIds: Array<string | null>
  weight: number
  /** Share of cases entered at the service window (窗口) rather than online: 8–32 % by matter. */
  counterShare: number
}

export const SEED_FIRST =
  '数据库中没有已发布的事项或人员：请先运行 npm run seed（或 DATABASE_URL=… npm run seed）/ no published matters or people: run `npm run seed` first'

/**
 * Read what the server seeded (published matters at their current version, the calendar) and pair
 * each matter with the example submissions of @tongban/examples. Matters without an example
 * submission are left out: the generator cannot invent valid form data for them.
 */
export async function loadWorld(
  db: pg.ClientBase,
): Promise<{ matters: MatterEntry[]; calendar: WorkingCalendar }> {
  const { rows } = await db.query<{ id: string; bundle: MatterBundle }>(
    `SELECT m.id, v.bundle FROM matters m JOIN matter_versions v ON v.matter_id = m.id AND v.version = m.current_version
      WHERE m.status = 'published' ORDER BY m.id`,
  )
  const people = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM people')
  if (!rows.length || !people.rows[0]?.n) throw new Error(SEED_FIRST)
  const cal = await db.query<{ doc: WorkingCalendar }>(`SELECT doc FROM calendars WHERE id = 'default'`)
  const calendar = cal.rows[0]?.doc
  if (!calendar) throw new Error(SEED_FIRST)
  const directory = loadDirectory()
  const port = createDirectoryPort(directory)
  const { orgOf, byOrg, regionOf, names } = indexDirectory(directory)
  const adminIds = directory.people.filter((p) => p.roles.includes('admin')).map((p) => p.id)
  const matters: MatterEntry[] = []
  for (const row of rows) {
    const bundle = row.bundle
    const samples = loadSamples(bundle.matter.code).filter((s) => orgOf.has(s.applicantId))
    if (!samples.length) continue
    const variant = Boolean(bundle.matter.variantOf)
    const worlds = samples.map<MatterWorld>((s) => ({
      bundle,
      directory: port,
      calendar,
      adminIds,
      applicant: { id: s.applicantId, orgId: orgOf.get(s.applicantId)! },
      data: s.data,
      ...(s.chosenAssignees ? { chosenAssignees: s.chosenAssignees } : {}),
      colleagues: (personId: string) => byOrg.get(orgOf.get(personId) ?? '') ?? [],
      medianDays: 0.12 + (hashString(bundle.matter.code) % 100) / 400,
    }))
    matters.push({
      matterId: row.id,
      bundle,
      worlds,
      applicantNames: samples.map((s) => names.get(s.applicantId) ?? s.applicantId),
      applicantRegionIds: samples.map((s) => regionOf(orgOf.get(s.applicantId)!)),
      // City standards are busier than county variants; some matters are simply more common.
      weight: (variant ? 0.35 : 1) * (0.4 + (hashString(bundle.matter.code) % 97) / 40),
      counterShare: 0.08 + (hashString(`${bundle.matter.code}/counter`) % 25) / 100,
    })
  }
  if (!matters.length) throw new Error(SEED_FIRST)
  return { matters, calendar }
}

function indexDirectory(doc: DirectoryDocument) {
  const orgs = new Map(doc.organisations.map((o) => [o.id, o]))
  const orgOf = new Map<string, string>()
  const byOrg = new Map<string, string[]>()
  const names = new Map<string, string>()
  for (const p of doc.people) {
    names.set(p.id, p.name)
    if (p.status !== 'active') continue
    const primary = p.memberships.find((m) => m.primary) ?? p.memberships[0]
    if (primary) orgOf.set(p.id, primary.orgId)
    for (const m of p.memberships) byOrg.set(m.orgId, [...(byOrg.get(m.orgId) ?? []), p.id])
  }
  const regionOf = (orgId: string): string | null => {
    for (let o = orgs.get(orgId), i = 0; o && i < 20; o = o.parentId ? orgs.get(o.parentId) : undefined, i++)
      if (o.kind === 'region') return o.id
    return null
  }
  return { orgOf, byOrg, regionOf, names }
}

function hashString(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}
