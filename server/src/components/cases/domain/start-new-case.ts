import crypto from 'node:crypto'
import { startCase, toCaseRecordFields } from '@tongban/flow-engine'
import type { MatterBundle } from '@tongban/schemas'
import type { Principal } from '../../../libraries/auth/principal'
import { inTransaction } from '../../../libraries/db'
import { AppError, errors } from '../../../libraries/errors/app-error'
import type { RequestMeta } from '../../../libraries/http/request'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { auditBase } from '../../audit/domain/audit-actor'
import { findMatter, searchMatters } from '../../matters/data-access/matter-repository'
import { catalogScope, editsMatters } from '../../matters/domain/matter-access'
import { bindPendingUploads, checkUploadRefs } from '../../attachments/domain/bind-uploads'
import { findCase, insertCase, toCaseRecord } from '../data-access/case-repository'
import type { CaseDeps } from './case-deps'
import { fromEngineError } from './engine-error'
import { persistEffects } from './persist-transition'
import { validateCaseData } from './validate-case-data'

export interface StartCaseRequest {
  matterId: string
  data: Record<string, unknown>
  submit: boolean
  title?: string
  chosenAssignees?: Record<string, string[]>
}

/**
 * Start a case on the matter's current published version, as a draft or submitted. The data is
 * validated with the browser's rules first; the engine then runs the flow to its first wait.
 */
export async function startNewCase(
  deps: CaseDeps,
  principal: Principal,
  meta: RequestMeta,
  input: StartCaseRequest,
) {
  if (!principal.personId || !principal.orgIds[0])
    throw new AppError('case.no-applicant', '只有人员账号可以申请办件', 403, 'Only a person can apply')
  const applicantId = principal.personId
  const applicantOrgId = principal.orgIds[0]
  const matter = await findMatter(deps.pool, input.matterId)
  if (!matter || !(await mayApply(deps, principal, matter.id, matter.code, matter.regionId)))
    throw errors.notFound('事项', 'Matter', input.matterId)
  if (matter.status !== 'published')
    throw errors.conflict(
      'matter.not-published',
      '该事项未发布或已停用，不能申请',
      'The matter is not published (or retired)',
    )
  const bundle: MatterBundle = await deps.bundles.get(deps.pool, matter.id, matter.currentVersion)
  const startNode = bundle.flow.nodes.find((n) => n.type === 'start')
  const scope = {
    $applicant: { id: applicantId, name: principal.name, orgId: applicantOrgId },
    $today: deps.host.now().toISOString().slice(0, 10),
  }
  const data = await validateCaseData(bundle, input.data, {
    nodeId: startNode?.id ?? 'start',
    draft: !input.submit,
    scope,
  })
  // Files uploaded before the case existed: the caller's own, bound below with the case.
  const uploads = await checkUploadRefs(deps.pool, {
    personId: applicantId,
    caseId: null,
    data,
    materials: bundle.matter.materials,
  })
  const caseId = `c-${crypto.randomBytes(9).toString('base64url').replace(/[-_]/g, '0')}`
  const ctx = await deps.host.context(deps.pool, bundle.matter.calendarId)
  const result = startCase(
    bundle,
    {
      caseId,
      applicant: { id: applicantId, orgId: applicantOrgId },
      data,
      submit: input.submit,
      ...(input.chosenAssignees ? { chosenAssignees: input.chosenAssignees } : {}),
    },
    ctx,
  )
  if (!result.ok) throw fromEngineError(result.error)
  await inTransaction(deps.pool, async (tx) => {
    await insertCase(tx, {
      id: caseId,
      title: input.title ?? `${bundle.matter.name}（${principal.name}）`,
      matterId: matter.id,
      matterCode: bundle.matter.code,
      matterVersion: bundle.version,
      applicantId,
      applicantOrgId,
      applicantRegionId: principal.regionIds[0] ?? null,
      acceptingOrgId: bundle.matter.acceptingOrgId,
      regionId: bundle.matter.regionId,
      parentCaseId: null,
      parentNodeId: null,
      state: result.state,
      fields: toCaseRecordFields(result.state),
      createdAt: result.state.createdAt,
    })
    await persistEffects(tx, result.state, result.effects, result.events)
    await bindPendingUploads(tx, caseId, uploads, result.state.data)
    await appendAudit(tx, {
      ...auditBase(principal, meta),
      action: input.submit ? 'case.submitted' : 'case.drafted',
      targetType: 'case',
      targetId: caseId,
      data: { matterId: matter.id, version: bundle.version },
    })
  })
  const row = await findCase(deps.pool, caseId, false)
  return toCaseRecord(row!)
}

// helpers

/** Admins and designers may apply to anything published; others within the matter's applicant scope. */
async function mayApply(
  deps: CaseDeps,
  p: Principal,
  id: string,
  code: string,
  regionId: string,
): Promise<boolean> {
  if (editsMatters(p)) return true
  const scope = await catalogScope(deps.pool, p)
  const found = await searchMatters(deps.pool, {
    ...scope,
    publishedOnly: false,
    code,
    regionId,
    limit: 1,
    offset: 0,
  })
  return found.items.some((m) => m.id === id)
}
