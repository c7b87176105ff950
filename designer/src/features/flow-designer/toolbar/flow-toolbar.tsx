import { Button, Space, Tooltip } from 'antd'
import { useI18n } from '../../../shared/i18n'

interface Props {
  canUndo: boolean
  canRedo: boolean
  undoLabel?: string
  redoLabel?: string
  onUndo(): void
  onRedo(): void
  onZoomIn(): void
  onZoomOut(): void
  onFit(): void
  onAutoLayout(): void
  onExportBpmn(): void
  onSave?(): void
  saving?: boolean
}

export function FlowToolbar(p: Props) {
  const { t, tx } = useI18n()
  return (
    <Space wrap data-testid="flow-toolbar">
      <Tooltip title={p.undoLabel}>
        <Button size="small" disabled={!p.canUndo} onClick={p.onUndo} data-testid="undo">
          {t('common.undo')}
        </Button>
      </Tooltip>
      <Tooltip title={p.redoLabel}>
        <Button size="small" disabled={!p.canRedo} onClick={p.onRedo} data-testid="redo">
          {t('common.redo')}
        </Button>
      </Tooltip>
      <Button size="small" onClick={p.onZoomIn}>
        {tx('放大', 'Zoom in')}
      </Button>
      <Button size="small" onClick={p.onZoomOut}>
        {tx('缩小', 'Zoom out')}
      </Button>
      <Button size="small" onClick={p.onFit}>
        {tx('适应画布', 'Fit')}
      </Button>
      <Button size="small" onClick={p.onAutoLayout} data-testid="auto-layout">
        {tx('自动布局', 'Auto-layout')}
      </Button>
      <Button size="small" onClick={p.onExportBpmn} data-testid="export-bpmn">
        {tx('导出 BPMN', 'Export BPMN')}
      </Button>
      {p.onSave && (
        <Button size="small" type="primary" loading={p.saving} onClick={p.onSave} data-testid="save">
          {t('common.save')}
        </Button>
      )}
    </Space>
  )
}
