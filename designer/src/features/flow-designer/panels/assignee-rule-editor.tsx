import { Button, Card, InputNumber, Select, Space, Switch } from 'antd'
import type { AssigneeRule, AssigneeRuleKind, OrgRef } from '@tongban/schemas'
import { useI18n } from '../../../shared/i18n'
import type { FieldInfo } from '../../../shared/form/list-fields'
import { OrgSelect, PersonSelect, RoleSelect } from './directory/directory-select'

export const RULE_KINDS: ReadonlyArray<{ kind: AssigneeRuleKind; zh: string; en: string }> = [
  { kind: 'person', zh: '指定人员', en: 'Named people' },
  { kind: 'role', zh: '单位角色', en: 'Role in an organisation' },
  { kind: 'org-head', zh: '单位负责人', en: 'Head of an organisation' },
  { kind: 'applicant-head', zh: '申请人的上级主管', en: "Applicant's head" },
  { kind: 'org-leader', zh: '分管领导', en: 'Leader in charge' },
  { kind: 'applicant-chosen', zh: '申请人自选', en: 'Chosen by the applicant' },
  { kind: 'form-field', zh: '表单字段中的人员', en: 'From a form field' },
  { kind: 'applicant', zh: '申请人本人', en: 'The applicant' },
]

/** A new rule of `kind` with its required parts filled where a sensible default exists. */
export function defaultRule(kind: AssigneeRuleKind): AssigneeRule {
  switch (kind) {
    case 'person':
      return { kind, personIds: [] as unknown as [string] }
    case 'role':
      return { kind, role: '', org: { from: 'accepting' } }
    case 'org-head':
      return { kind, org: { from: 'applicant' } }
    case 'applicant-head':
      return { kind, levels: 1, mode: 'nth' }
    case 'org-leader':
      return { kind, org: { from: 'applicant' }, rank: 1 }
    case 'applicant-chosen':
      return { kind, multiple: false }
    case 'form-field':
      return { kind, field: '', as: 'person' }
    case 'applicant':
      return { kind }
  }
}

interface Props {
  rule: AssigneeRule
  fields: readonly FieldInfo[]
  onChange(rule: AssigneeRule): void
  onRemove?(): void
}

/** Edit one assignee rule; the directory pickers search people, organisations and roles. */
export function AssigneeRuleEditor({ rule, fields, onChange, onRemove }: Props) {
  const { tx, locale } = useI18n()
  const label = (zh: string, en: string) => <span style={{ color: '#8c8c8c', fontSize: 12 }}>{tx(zh, en)}</span>
  return (
    <Card
      size="small"
      data-testid={`assignee-rule-${rule.kind}`}
      title={
        <Select
          size="small"
          value={rule.kind}
          style={{ width: 180 }}
          onChange={(k: AssigneeRuleKind) => onChange(defaultRule(k))}
          options={RULE_KINDS.map((k) => ({ value: k.kind, label: locale === 'en' ? k.en : k.zh }))}
        />
      }
      extra={onRemove && <Button size="small" type="link" danger onClick={onRemove}>{tx('删除', 'Remove')}</Button>}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {rule.kind === 'person' && <PersonSelect value={rule.personIds} onChange={(ids) => onChange({ ...rule, personIds: ids as [string] })} />}
        {rule.kind === 'role' && (
          <>
            {label('角色', 'Role')}
            <RoleSelect value={rule.role || undefined} onChange={(role) => onChange({ ...rule, role: role as string })} />
            {label('所在单位', 'In organisation')}
            <OrgRefEditor value={rule.org} fields={fields} onChange={(org) => onChange({ ...rule, org })} />
            <Space>
              <Switch size="small" checked={!!rule.includeDescendants} onChange={(v) => onChange({ ...rule, includeDescendants: v || undefined })} />
              {label('含下级单位', 'Include sub-organisations')}
            </Space>
          </>
        )}
        {rule.kind === 'org-head' && (
          <>
            <OrgRefEditor value={rule.org} fields={fields} onChange={(org) => onChange({ ...rule, org })} />
            <Space>
              {label('向上级数', 'Levels up')}
              <InputNumber size="small" min={0} max={10} value={rule.levelsUp ?? 0} onChange={(v) => onChange({ ...rule, levelsUp: v || undefined })} />
            </Space>
          </>
        )}
        {rule.kind === 'applicant-head' && (
          <Space wrap>
            {label('级数', 'Levels')}
            <InputNumber size="small" min={1} max={10} value={rule.levels} onChange={(v) => onChange({ ...rule, levels: v ?? 1 })} />
            <Select
              size="small"
              value={rule.mode}
              onChange={(mode) => onChange({ ...rule, mode })}
              options={[
                { value: 'nth', label: tx('第 N 级主管', 'The Nth head') },
                { value: 'chain', label: tx('逐级审批至第 N 级', 'Every head up to N, in turn') },
              ]}
            />
          </Space>
        )}
        {rule.kind === 'org-leader' && (
          <>
            <OrgRefEditor value={rule.org} fields={fields} onChange={(org) => onChange({ ...rule, org })} />
            <Space>
              {label('排位', 'Rank')}
              <InputNumber size="small" min={1} max={10} value={rule.rank ?? 1} onChange={(v) => onChange({ ...rule, rank: v ?? undefined })} />
            </Space>
          </>
        )}
        {rule.kind === 'applicant-chosen' && (
          <>
            <Space>
              <Switch size="small" checked={rule.multiple} onChange={(multiple) => onChange({ ...rule, multiple })} />
              {label('可选多人', 'Several people')}
            </Space>
            {label('候选角色（可选）', 'Candidate roles (optional)')}
            <RoleSelect multiple value={rule.candidateRoles ?? []} onChange={(r) => onChange({ ...rule, candidateRoles: (r as string[]).length ? (r as string[]) : undefined })} />
          </>
        )}
        {rule.kind === 'form-field' && (
          <Space wrap>
            <FieldSelect fields={fields} value={rule.field} onChange={(field) => onChange({ ...rule, field })} />
            <Select
              size="small"
              value={rule.as}
              onChange={(as) => onChange({ ...rule, as })}
              options={[
                { value: 'person', label: tx('字段中的人员', 'People in it') },
                { value: 'org-head', label: tx('字段中单位的负责人', "Its organisation's head") },
              ]}
            />
          </Space>
        )}
      </Space>
    </Card>
  )
}

function OrgRefEditor({ value, fields, onChange }: { value: OrgRef; fields: readonly FieldInfo[]; onChange(v: OrgRef): void }) {
  const { tx } = useI18n()
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        size="small"
        value={value.from}
        onChange={(from: OrgRef['from']) =>
          onChange(from === 'fixed' ? { from, orgId: '' } : from === 'field' ? { from, field: '' } : { from })
        }
        options={[
          { value: 'applicant', label: tx('申请人所在部门', "Applicant's department") },
          { value: 'accepting', label: tx('受理单位', 'Accepting organisation') },
          { value: 'fixed', label: tx('指定单位', 'A named organisation') },
          { value: 'field', label: tx('表单字段中的单位', 'Organisation in a form field') },
        ]}
      />
      {value.from === 'fixed' && <OrgSelect value={value.orgId || undefined} onChange={(orgId) => onChange({ from: 'fixed', orgId })} />}
      {value.from === 'field' && <FieldSelect fields={fields} value={value.field} onChange={(field) => onChange({ from: 'field', field })} />}
    </Space>
  )
}

export function FieldSelect({ fields, value, onChange }: { fields: readonly FieldInfo[]; value: string; onChange(v: string): void }) {
  const { tx } = useI18n()
  return (
    <Select
      size="small"
      style={{ minWidth: 160 }}
      value={value || undefined}
      placeholder={tx('选择字段', 'Choose a field')}
      onChange={onChange}
      options={fields.map((f) => ({ value: f.name, label: `${f.title}（${f.name}）` }))}
    />
  )
}
