import type { MatterBundle } from '@tongban/schemas'
import { inTransaction, type Pool, type Queryable } from '../../../libraries/db'
import { errors, fromIssues, type FieldError } from '../../../libraries/errors/app-error'
import type { Principal } from '../../../libraries/auth/principal'
import type { RequestMeta } from '../../../libraries/http/request'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { auditBase } from '../../audit/domain/audit-actor'
import * as repo from '../data-access/matter-repository'
import { checkBundle, errorsOnly } from './check-bundle'

export interface Actor {
  principal: Principal | undefined | 'system'
  meta: RequestMeta
}

/** Create a matter from a draft bundle (its `matter.id` names it). */
export async function createMatter(pool: Pool, value: unknown, actor: Actor): Promise<repo.MatterRow> {
  const bundle = asDraft(value)
  return inTransaction(pool, async (tx) => {
    if (await repo.findMatter(tx, bundle.matter.id))
      throw errors.conflict(
        'matter.exists',
        `事项 ${bundle.matter.id} 已存在`,
        `Matter ${bundle.matter.id} already exists`,
      )
    await assertCodeFree(tx, bundle)
    if (bundle.matter.variantOf && !(await repo.findMatter(tx, bundle.matter.variantOf)))
      throw errors.validation([
        {
          path: '/matter/variantOf',
          code: 'matter.unknown',
          message: `标准事项 ${bundle.matter.variantOf} 不存在`,
          messageEn: `Standard matter ${bundle.matter.variantOf} does not exist`,
        },
      ])
    await repo.insertMatter(tx, bundle, by(actor))
    await audit(tx, actor, 'matter.created', bundle.matter.id, { code: bundle.matter.code })
    return (await repo.findMatter(tx, bundle.matter.id)) as repo.MatterRow
  })
}

/** Replace the draft; `revision` (from the last read) guards against overwriting someone else's edit. */
export async function saveDraft(
  pool: Pool,
  id: string,
  value: unknown,
  revision: number | null,
  actor: Actor,
): Promise<repo.MatterRow> {
  const bundle = asDraft(value)
  if (bundle.matter.id !== id)
    throw errors.validation([
      {
        path: '/matter/id',
        code: 'matter.id-mismatch',
        message: '事项 id 与地址不一致',
        messageEn: 'matter.id differs from the URL',
      },
    ])
  return inTransaction(pool, async (tx) => {
    const row = await mustFind(tx, id, true)
    await assertCodeFree(tx, bundle, id)
    bundle.matter.status = row.status
    bundle.matter.version = row.currentVersion
    bundle.version = row.currentVersion
    const next = await repo.updateDraft(tx, bundle, revision, by(actor))
    if (next === null)
      throw errors.conflict(
        'matter.draft-changed',
        '草稿已被他人修改，请刷新后再保存',
        'The draft changed since you read it; reload and save again',
        { revision: row.draftRevision },
      )
    await audit(tx, actor, 'matter.draft-saved', id, { revision: next })
    return (await repo.findMatter(tx, id)) as repo.MatterRow
  })
}

/** Freeze the draft as the next immutable version. Refused while the bundle has errors. */
export async function publishMatter(
  pool: Pool,
  id: string,
  notes: string | undefined,
  actor: Actor,
  at = new Date(),
): Promise<MatterBundle> {
  return inTransaction(pool, async (tx) => {
    const row = await mustFind(tx, id, true)
    const version = row.currentVersion + 1
    const bundle: MatterBundle = structuredClone(row.draft)
    bundle.version = version
    bundle.matter.version = version
    bundle.matter.status = 'published'
    bundle.publishedAt = at.toISOString()
    const publisher = by(actor)
    if (publisher) bundle.publishedBy = publisher
    else delete bundle.publishedBy
    if (notes) bundle.notes = notes
    else delete bundle.notes
    const issues = errorsOnly(checkBundle(bundle))
    if (issues.length) throw errors.validation(fromIssues(issues))
    await repo.insertVersion(tx, bundle, by(actor))
    await audit(tx, actor, 'matter.published', id, { version })
    return bundle
  })
}

/** Stop new cases on a matter; running cases continue on their pinned version. */
export async function retireMatter(pool: Pool, id: string, actor: Actor): Promise<void> {
  await inTransaction(pool, async (tx) => {
    const row = await mustFind(tx, id, true)
    if (row.status !== 'published')
      throw errors.conflict(
        'matter.not-published',
        '只有已发布的事项可以停用',
        'Only a published matter can be retired',
      )
    await repo.setStatus(tx, id, 'retired', by(actor))
    await audit(tx, actor, 'matter.retired', id, {})
  })
}

/** Delete a matter that was never published and has no variants. */
export async function deleteDraftMatter(pool: Pool, id: string, actor: Actor): Promise<void> {
  await inTransaction(pool, async (tx) => {
    const row = await mustFind(tx, id, true)
    if (row.currentVersion > 0)
      throw errors.conflict(
        'matter.published-before',
        '已发布过的事项不能删除，请停用',
        'A matter that was published cannot be deleted; retire it',
      )
    const variants = await tx.query('SELECT 1 FROM matters WHERE variant_of = $1 LIMIT 1', [id])
    if (variants.rowCount)
      throw errors.conflict(
        'matter.has-variants',
        '该事项有地区变体，不能删除',
        'The matter has regional variants',
      )
    await repo.deleteMatter(tx, id)
    await audit(tx, actor, 'matter.deleted', id, {})
  })
}

/**
 * A regional variant of a standard matter: a new draft copied from the standard's latest published
 * version (or its draft), deployed in `regionId` with its own id, code and accepting organisation.
 */
export async function createVariant(
  pool: Pool,
  standardId: string,
  input: { id: string; regionId: string; acceptingOrgId: string; code?: string; name?: string },
  actor: Actor,
): Promise<repo.MatterRow> {
  const standard = await mustFind(pool, standardId)
  const source =
    standard.currentVersion > 0
      ? (await repo.findVersion(pool, standardId, standard.currentVersion))?.bundle
      : standard.draft
  const bundle: MatterBundle = structuredClone(source ?? standard.draft)
  bundle.matter = {
    ...bundle.matter,
    id: input.id,
    regionId: input.regionId,
    acceptingOrgId: input.acceptingOrgId,
    variantOf: standardId,
    status: 'draft',
    version: 0,
  }
  if (input.code) bundle.matter.code = input.code
  if (input.name) bundle.matter.name = input.name
  bundle.version = 0
  delete bundle.publishedAt
  delete bundle.publishedBy
  delete bundle.notes
  return createMatter(pool, bundle, actor)
}

/**
 * Import a bundle (JSON export of this or another installation): creates the matter or replaces its
 * draft; with `publish`, publishes it too unless its content equals the current version.
 */
export async function importBundle(
  pool: Pool,
  value: unknown,
  options: { publish: boolean },
  actor: Actor,
): Promise<{ id: string; created: boolean; publishedVersion: number | null }> {
  const bundle = asDraft(value)
  const existing = await repo.findMatter(pool, bundle.matter.id)
  if (existing) await saveDraft(pool, bundle.matter.id, bundle, null, actor)
  else await createMatter(pool, bundle, actor)
  let publishedVersion: number | null = null
  if (options.publish)
    publishedVersion = (await publishMatter(pool, bundle.matter.id, bundle.notes, actor)).version
  return { id: bundle.matter.id, created: !existing, publishedVersion }
}

// helpers

/** A bundle as a draft: shape-checked; version and status are the server's to set. */
function asDraft(value: unknown): MatterBundle {
  const candidate = structuredClone(value) as MatterBundle
  if (
    candidate &&
    typeof candidate === 'object' &&
    candidate.matter &&
    typeof candidate.matter === 'object'
  ) {
    candidate.matter.status = 'draft'
    candidate.matter.version = 0
    candidate.version = 0
  }
  const issues = errorsOnly(checkBundle(candidate)).filter((i) => i.code.startsWith('schema.'))
  if (issues.length) throw errors.validation(fromIssues(issues))
  return candidate
}

async function mustFind(db: Queryable, id: string, forUpdate = false): Promise<repo.MatterRow> {
  const row = await repo.findMatter(db, id, forUpdate)
  if (!row) throw errors.notFound('事项', 'Matter', id)
  return row
}

async function assertCodeFree(db: Queryable, bundle: MatterBundle, selfId?: string): Promise<void> {
  const { rows } = await db.query(
    'SELECT id FROM matters WHERE region_id = $1 AND code = $2 AND id IS DISTINCT FROM $3',
    [bundle.matter.regionId, bundle.matter.code, selfId ?? null],
  )
  if (rows[0]) {
    const e: FieldError = {
      path: '/matter/code',
      code: 'matter.code-taken',
      message: `本地区已有编码为 ${bundle.matter.code} 的事项（${rows[0].id}）`,
      messageEn: `Code ${bundle.matter.code} is already used in this region by ${rows[0].id}`,
    }
    throw errors.conflict('matter.code-taken', e.message, e.messageEn ?? '', { errors: [e] })
  }
}

function by(actor: Actor): string | null {
  if (!actor.principal || actor.principal === 'system') return null
  return actor.principal.personId ?? actor.principal.apiKeyId ?? null
}

async function audit(
  db: Queryable,
  actor: Actor,
  action: string,
  id: string,
  data: Record<string, unknown>,
): Promise<void> {
  await appendAudit(db, {
    ...auditBase(actor.principal, actor.meta),
    action,
    targetType: 'matter',
    targetId: id,
    data,
  })
}
