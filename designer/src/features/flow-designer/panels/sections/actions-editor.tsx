import { Checkbox, Table } from 'antd'
import { ACTION_NAMES, type ActionName } from '@tongban/schemas'
import { useI18n } from '../../../../shared/i18n'

const LABELS: Record<ActionName, [string, string]> = {
  approve: ['同意', 'Approve'],
  reject: ['驳回', 'Reject'],
  return: ['退回', 'Return'],
  transfer: ['转办', 'Transfer'],
  delegate: ['委派', 'Delegate'],
  'add-signer': ['加签', 'Add signer'],
  'remove-signer': ['减签', 'Remove signer'],
  withdraw: ['撤回', 'Withdraw'],
  comment: ['评论', 'Comment'],
  cc: ['抄送', 'CC'],
  urge: ['催办', 'Urge'],
}

interface Props {
  actions?: ActionName[]
  commentRequired?: ActionName[]
  onChange(actions: ActionName[] | undefined, commentRequired: ActionName[] | undefined): void
}

/** Which actions the task offers, and which of them require a comment. Unset = engine defaults. */
export function ActionsEditor({ actions, commentRequired, onChange }: Props) {
  const { tx, locale } = useI18n()
  const allowed = new Set<ActionName>(actions ?? ['approve', 'reject', 'return', 'transfer', 'comment'])
  const needs = new Set<ActionName>(commentRequired ?? [])
  const update = (a: Set<ActionName>, c: Set<ActionName>) => {
    const list = ACTION_NAMES.filter((n) => a.has(n))
    const req = ACTION_NAMES.filter((n) => c.has(n) && a.has(n))
    onChange(list, req.length ? req : undefined)
  }
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="name"
      dataSource={ACTION_NAMES.map((name) => ({ name }))}
      columns={[
        { title: tx('操作', 'Action'), render: (_, r) => LABELS[r.name][locale === 'en' ? 1 : 0] },
        {
          title: tx('允许', 'Allowed'),
          render: (_, r) => (
            <Checkbox
              checked={allowed.has(r.name)}
              onChange={(e) => {
                const a = new Set(allowed)
                if (e.target.checked) a.add(r.name)
                else a.delete(r.name)
                update(a, needs)
              }}
            />
          ),
        },
        {
          title: tx('必须填写意见', 'Comment required'),
          render: (_, r) => (
            <Checkbox
              disabled={!allowed.has(r.name)}
              checked={needs.has(r.name)}
              onChange={(e) => {
                const c = new Set(needs)
                if (e.target.checked) c.add(r.name)
                else c.delete(r.name)
                update(allowed, c)
              }}
            />
          ),
        },
      ]}
    />
  )
}
