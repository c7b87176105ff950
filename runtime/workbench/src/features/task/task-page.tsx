import { FormRenderer, type FormRendererHandle } from '@tongban/form-renderer'
import { MoreOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Col, Dropdown, Grid, Row, Space, Tag, Typography } from 'antd'
import { useMemo, useRef, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import { api } from '../../api/client'
import type { Material } from '@tongban/schemas'
import { loadCase } from '../../shared/load-case'
import { ApiError } from '../../api/http'
import type { CaseDetail, TaskAction, TaskActionRequest } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { CaseSidePanel } from '../../shared/case-side-panel'
import { ConflictNotice } from '../../shared/conflict'
import { errorText, PageState } from '../../shared/page-state'
import { pickFields } from '../../shared/pick-fields'
import { CardBadge, StatusTag } from '../../shared/status'
import { useAsync } from '../../shared/use-async'
import { useReadySession } from '../auth/session'
import { MaterialsProvider } from '../materials/materials-context'
import { ActionDialog } from './action-dialog'
import { availableActions, needsComment, returnTargets } from './action-rules'

/**
 * 办理: the case form in the node's permission mode, the flow with the current position, the
 * timeline, and the actions the node allows. A 409 (someone else acted) is explained with a reload.
 */
export function TaskPage() {
  const { caseId = '', taskId = '' } = useParams()
  const state = useAsync(() => loadCase(caseId), [caseId])
  return (
    <PageState loading={state.loading && !state.data} error={state.error} onRetry={state.reload}>
      {state.data && (
        <TaskView
          key={`${state.data.detail.case.stateVersion}`}
          detail={state.data.detail}
          materials={state.data.materials}
          taskId={taskId}
          reload={state.reload}
        />
      )}
    </PageState>
  )
}

// helpers

function TaskView(props: { detail: CaseDetail; materials: Material[]; taskId: string; reload(): void }) {
  const { detail } = props
  const { t, lang } = useI18n()
  const { me, directory } = useReadySession()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const ref = useRef<FormRendererHandle>(null)
  const [action, setAction] = useState<TaskAction>()
  const [busy, setBusy] = useState(false)
  // false, or the server's account of who acted first ('' when it gave none).
  const [conflict, setConflict] = useState<string | false>(false)
  const [problem, setProblem] = useState<string>()
  const task = detail.tasks.find((x) => x.id === props.taskId)
  // On a phone the first three actions are buttons, the rest sit under 更多.
  const inline = Grid.useBreakpoint().md ? 99 : 3
  const node = detail.flow.nodes.find((n) => n.id === task?.nodeId)
  const actions = availableActions(node, task, me.personId)
  const open = task?.status === 'open' && task.assigneeId === me.personId
  const targets = useMemo(
    () => (task ? returnTargets(detail.flow.nodes, detail.timeline, task.nodeId) : []),
    [detail, task],
  )

  const start = async (a: TaskAction) => {
    setProblem(undefined)
    if (a === 'approve' && detail.viewer.editableFields.length) {
      const v = await ref.current?.validate()
      if (v && !v.ok) return setProblem(t('start.fixErrors'))
    }
    setAction(a)
  }
  const confirm = async (req: Omit<TaskActionRequest, 'data'>) => {
    if (!task) return
    setBusy(true)
    try {
      const body: TaskActionRequest = { ...req }
      if ((req.action === 'approve' || req.action === 'reject') && detail.viewer.editableFields.length) {
        const data = pickFields(ref.current?.getValues() ?? {}, detail.viewer.editableFields)
        if (Object.keys(data).length) body.data = data
      }
      await api.taskAction(task.id, body)
      message.success(t('task.success', { action: t(`action.${req.action}`) }))
      setAction(undefined)
      if (req.action === 'comment') props.reload()
      else navigate('/inbox')
    } catch (e) {
      setAction(undefined)
      if (e instanceof ApiError && e.isConflict) setConflict(e.status === 409 ? errorText(e, lang) : '')
      else if (e instanceof ApiError && e.status === 422 && e.fieldErrors.length) {
        const rest = ref.current?.setServerErrors(e.fieldErrors) ?? []
        setProblem(rest.length ? rest.map((x) => x.message).join('；') : t('start.fixErrors'))
      } else setProblem(errorText(e, lang))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div data-testid="task-page" data-task-status={task?.status}>
      <div className="page-title">
        <Typography.Title level={3}>{t('task.title', { title: detail.case.title })}</Typography.Title>
        <Space wrap>
          <StatusTag status={detail.case.status} />
          <CardBadge card={task?.card ?? detail.case.card} />
          {task && <Tag color="blue">{task.nodeName}</Tag>}
        </Space>
      </div>
      {conflict !== false && <ConflictNotice onReload={props.reload} detail={conflict || undefined} />}
      {!open && conflict === false && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('task.notOpen')}
          data-testid="task-not-open"
        />
      )}
      {problem && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={problem}
          data-testid="task-problem"
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={15}>
          <Card title={`${t('task.form')} · ${detail.case.no}`} size="small">
            <MaterialsProvider attachments={detail.case.attachments}>
              <FormRenderer
                ref={ref}
                form={detail.form}
                value={detail.case.data}
                mode={open ? 'task' : 'read'}
                fieldAccess={open && node && 'fieldPermissions' in node ? node.fieldPermissions : undefined}
                directory={directory.source}
                materials={props.materials}
                lang={lang}
              />
            </MaterialsProvider>
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <CaseSidePanel detail={detail} directory={directory} />
        </Col>
      </Row>
      {actions.length > 0 && conflict === false && (
        <div className="sticky-actions" data-testid="task-actions">
          <Space wrap>
            {actions.slice(0, inline).map((a, i) => (
              <Button
                key={a}
                type={i === 0 ? 'primary' : 'default'}
                danger={a === 'reject'}
                onClick={() => void start(a)}
                data-testid={`action-${a}`}
              >
                {t(`action.${a}`)}
              </Button>
            ))}
            {actions.length > inline && (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: actions.slice(inline).map((a) => ({
                    key: a,
                    label: <span data-testid={`action-${a}`}>{t(`action.${a}`)}</span>,
                  })),
                  onClick: ({ key }) => void start(key as TaskAction),
                }}
              >
                <Button icon={<MoreOutlined />} data-testid="more-actions">
                  {t('task.more')}
                </Button>
              </Dropdown>
            )}
          </Space>
        </div>
      )}
      <ActionDialog
        action={action}
        commentRequired={action ? needsComment(node, action) : false}
        targets={targets}
        directory={directory}
        busy={busy}
        onCancel={() => setAction(undefined)}
        onConfirm={(req) => void confirm(req)}
      />
    </div>
  )
}
