import { issue, type Issue } from '../../common/issue'
import type { Matter } from '../../matter/matter.schema'
import { runChecks, type DocumentCheck } from '../check'

export type MatterCheck = DocumentCheck<{ readonly matter: Matter }>

/** 承诺时限 ≤ 法定时限: a promise beyond the legal limit is unlawful. */
const promisedWithinLegal: MatterCheck = {
  code: 'matter.promised-exceeds-legal',
  title: { 'zh-CN': '承诺时限不超过法定时限', en: 'Promised limit within the legal limit' },
  run({ matter }) {
    const { legalDays, promisedDays } = matter.timeLimits
    if (legalDays === undefined || promisedDays <= legalDays) return []
    return [
      issue(
        '/timeLimits/promisedDays',
        'matter.promised-exceeds-legal',
        `承诺时限 ${promisedDays} 个工作日超过法定时限 ${legalDays} 个工作日`,
        `The promised limit of ${promisedDays} working days exceeds the legal limit of ${legalDays}`,
      ),
    ]
  },
}

const uniqueMaterialIds: MatterCheck = {
  code: 'matter.duplicate-material-id',
  title: { 'zh-CN': '材料编号唯一', en: 'Unique material ids' },
  run({ matter }) {
    const seen = new Set<string>()
    return matter.materials.flatMap((m, i) => {
      if (!seen.has(m.id)) {
        seen.add(m.id)
        return []
      }
      return [
        issue(
          `/materials/${i}/id`,
          'matter.duplicate-material-id',
          `材料编号“${m.id}”重复`,
          `Duplicate material id "${m.id}"`,
        ),
      ]
    })
  },
}

const variantOfSelf: MatterCheck = {
  code: 'matter.variant-of-self',
  title: { 'zh-CN': '区域变体不指向自身', en: 'A variant does not derive from itself' },
  run({ matter }) {
    if (matter.variantOf !== matter.id) return []
    return [
      issue(
        '/variantOf',
        'matter.variant-of-self',
        '事项不能是自身的区域变体',
        'A matter cannot be a variant of itself',
      ),
    ]
  },
}

/** Scope kinds that list organisations or roles must list some. */
const applicantScopeComplete: MatterCheck = {
  code: 'matter.applicant-scope-incomplete',
  title: { 'zh-CN': '申请对象范围完整', en: 'Applicant scope is complete' },
  run({ matter }) {
    const scope = matter.applicantScope
    const needsOrgs = scope.kind === 'organisations' || scope.kind === 'regions'
    if (needsOrgs && (scope.orgIds?.length ?? 0) === 0) {
      return [
        issue(
          '/applicantScope/orgIds',
          'matter.applicant-scope-incomplete',
          '申请对象范围需要列出单位或区划',
          'The applicant scope needs organisations or regions',
        ),
      ]
    }
    if (scope.kind === 'org-roles' && (scope.roles?.length ?? 0) === 0) {
      return [
        issue(
          '/applicantScope/roles',
          'matter.applicant-scope-incomplete',
          '申请对象范围需要列出角色',
          'The applicant scope needs roles',
        ),
      ]
    }
    return []
  },
}

/** Published matters carry a version; the first publish makes version 1. */
const publishedHasVersion: MatterCheck = {
  code: 'matter.published-without-version',
  title: { 'zh-CN': '已发布事项有版本号', en: 'Published matters have a version' },
  run({ matter }) {
    if (matter.status !== 'published' || matter.version > 0) return []
    return [
      issue(
        '/version',
        'matter.published-without-version',
        '已发布的事项版本号应大于 0',
        'A published matter needs a version above 0',
      ),
    ]
  },
}

export const MATTER_CHECKS: readonly MatterCheck[] = [
  promisedWithinLegal,
  uniqueMaterialIds,
  variantOfSelf,
  applicantScopeComplete,
  publishedHasVersion,
]

export function runMatterChecks(matter: Matter): Issue[] {
  return runChecks(MATTER_CHECKS, { matter })
}
