import type { AssigneeRule, FlowNode, MultiApprover, OrgRef } from '@tongban/schemas'

type Lang = 'zh-CN' | 'en'
const L = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh)

/** Names to show instead of ids (directory look-ups the page already made). */
export type NameLookup = (kind: 'person' | 'org' | 'role', id: string) => string | undefined

const byId: NameLookup = () => undefined

function org(ref: OrgRef, lang: Lang, names: NameLookup): string {
  switch (ref.from) {
    case 'fixed':
      return names('org', ref.orgId) ?? ref.orgId
    case 'applicant':
      return L(lang, '申请人部门', "applicant's department")
    case 'accepting':
      return L(lang, '受理单位', 'accepting organisation')
    case 'field':
      return L(lang, `字段「${ref.field}」的单位`, `organisation in field "${ref.field}"`)
  }
}

/** One line describing an assignee rule, e.g. 「受理单位的档案管理员」. */
export function describeRule(rule: AssigneeRule, lang: Lang = 'zh-CN', names: NameLookup = byId): string {
  switch (rule.kind) {
    case 'person':
      return rule.personIds.map((id) => names('person', id) ?? id).join('、')
    case 'role': {
      const role = names('role', rule.role) ?? rule.role
      return L(lang, `${org(rule.org, lang, names)}的${role}`, `${role} of ${org(rule.org, lang, names)}`)
    }
    case 'org-head': {
      const up = rule.levelsUp ? L(lang, `上${rule.levelsUp}级`, ` ${rule.levelsUp} up`) : ''
      return L(lang, `${org(rule.org, lang, names)}${up}负责人`, `head of ${org(rule.org, lang, names)}${up}`)
    }
    case 'applicant-head':
      return rule.mode === 'chain'
        ? L(lang, `申请人逐级${rule.levels}级主管`, `applicant's heads, ${rule.levels} levels in turn`)
        : L(lang, `申请人第${rule.levels}级主管`, `applicant's head, level ${rule.levels}`)
    case 'org-leader':
      return L(lang, `${org(rule.org, lang, names)}分管领导`, `leader of ${org(rule.org, lang, names)}`) +
        (rule.rank ? ` #${rule.rank}` : '')
    case 'applicant-chosen':
      return L(lang, rule.multiple ? '申请人自选（多人）' : '申请人自选', rule.multiple ? 'chosen by applicant (several)' : 'chosen by applicant')
    case 'form-field':
      return rule.as === 'person'
        ? L(lang, `字段「${rule.field}」中的人员`, `people in field "${rule.field}"`)
        : L(lang, `字段「${rule.field}」单位负责人`, `head of organisation in field "${rule.field}"`)
    case 'applicant':
      return L(lang, '申请人本人', 'the applicant')
  }
}

export function describeMulti(multi: MultiApprover | undefined, lang: Lang = 'zh-CN'): string | undefined {
  if (!multi) return undefined
  switch (multi.mode) {
    case 'sequential':
      return L(lang, '依次审批', 'in sequence')
    case 'all':
      return L(lang, '会签', 'countersign (all)')
    case 'any':
      return L(lang, '或签', 'or-sign (any)')
    case 'ratio':
      return L(lang, `比例 ${Math.round((multi.ratio ?? 1) * 100)}%`, `ratio ${Math.round((multi.ratio ?? 1) * 100)}%`)
  }
}

/** The second line a node card shows under its name. */
export function nodeSubtitle(node: FlowNode, lang: Lang = 'zh-CN', names: NameLookup = byId): string {
  switch (node.type) {
    case 'approval':
    case 'handle':
    case 'cc': {
      const who = node.assignees.map((r) => describeRule(r, lang, names)).join('；')
      const multi = node.type === 'cc' ? undefined : describeMulti(node.multi, lang)
      return multi ? `${who} · ${multi}` : who
    }
    case 'subflow':
      return node.matterCode
    case 'timer':
      return node.timer.kind === 'duration'
        ? `${node.timer.duration.value} ${node.timer.duration.unit}`
        : node.timer.expression
    case 'service':
      return node.topic
    default:
      return ''
  }
}
