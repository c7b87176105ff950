import { List, Tag, Typography } from 'antd'
import { pickMessage, useI18n } from '../../../shared/i18n'
import type { LocatedIssue } from '../checks/locate-issues'
import type { Selection } from '../canvas/flow-canvas'

/** The check results; clicking one selects the element it is about. */
export function IssuesPanel({ issues, onSelect }: { issues: readonly LocatedIssue[]; onSelect(s: Selection): void }) {
  const { t, locale } = useI18n()
  const errors = issues.filter((i) => i.severity === 'error').length
  return (
    <div data-testid="issues-panel">
      <Typography.Text strong>{t('issues.title')}</Typography.Text>{' '}
      <Typography.Text type={errors ? 'danger' : 'success'}>
        {issues.length ? t('issues.count', { errors, warnings: issues.length - errors }) : t('issues.none')}
      </Typography.Text>
      {issues.length > 0 && (
        <List
          size="small"
          dataSource={issues as LocatedIssue[]}
          style={{ maxHeight: 180, overflow: 'auto' }}
          renderItem={(i) => (
            <List.Item
              style={{ cursor: i.elementId ? 'pointer' : 'default' }}
              onClick={() => i.elementId && onSelect({ id: i.elementId, kind: i.elementKind ?? 'node' })}
              data-testid="issue-item"
            >
              <Tag color={i.severity === 'error' ? 'red' : 'orange'}>{i.elementId ?? i.path}</Tag>
              {pickMessage(locale, i)}
            </List.Item>
          )}
        />
      )}
    </div>
  )
}
