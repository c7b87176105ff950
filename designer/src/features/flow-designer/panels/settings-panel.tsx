import { Form, Radio, Switch, Typography } from 'antd'
import type { FlowSettings } from '@tongban/schemas'
import { useI18n } from '../../../shared/i18n'

/** Shown when nothing is selected: the flow-wide settings. */
export function SettingsPanel({ settings, onChange }: { settings: FlowSettings; onChange(s: FlowSettings): void }) {
  const { tx } = useI18n()
  return (
    <div data-testid="settings-panel">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {tx('流程设置', 'Flow settings')}
      </Typography.Title>
      <Form layout="vertical" size="small">
        <Form.Item label={tx('申请人可撤回（无人处理前）', 'Applicant may withdraw (before anyone acted)')}>
          <Switch checked={settings.allowWithdraw} onChange={(v) => onChange({ ...settings, allowWithdraw: v })} />
        </Form.Item>
        <Form.Item label={tx('申请人可取消办件', 'Applicant may cancel')}>
          <Switch checked={settings.allowCancel} onChange={(v) => onChange({ ...settings, allowCancel: v })} />
        </Form.Item>
        <Form.Item label={tx('补正后重新提交', 'After correction (补正)')}>
          <Radio.Group
            value={settings.resubmit}
            onChange={(e) => onChange({ ...settings, resubmit: e.target.value })}
            options={[
              { value: 'back-to-returner', label: tx('直接回到退回节点', 'Back to the returning node') },
              { value: 'restart', label: tx('从头重新流转', 'Run again from the start') },
            ]}
          />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {tx('从左侧拖入节点；从节点边缘的锚点拖出连线；选中后按 Delete 删除。', 'Drag nodes in from the left; drag from an anchor to connect; Delete removes the selection.')}
      </Typography.Paragraph>
    </div>
  )
}
