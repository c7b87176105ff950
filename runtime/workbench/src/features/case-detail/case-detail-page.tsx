import { FormRenderer, type FormRendererHandle, type UploadFile } from '@tongban/form-renderer'
import type { Material } from '@tongban/schemas'
import { Alert, App, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import { api } from '../../api/client'
import { ApiError } from '../../api/http'
import type { CaseAction, CaseDetail } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { CaseSidePanel } from '../../shared/case-side-panel'
import { ConflictNotice } from '../../shared/conflict'
import { loadCase } from '../../shared/load-case'
import { errorText, PageState } from '../../shared/page-state'
import { pickFields } from '../../shared/pick-fields'
import { CardBadge, formatDateTime, StatusTag } from '../../shared/status'
import { useAsync } from '../../shared/use-async'
import { useReadySession } from '../auth/session'
import { TraceLink } from '../case-trace/trace-link'
import { MaterialsProvider } from '../materials/materials-context'
import { applicantActions } from './applicant-actions'
import { CaseActionDialog } from './case-action-dialog'

/** 办件详情: status, form, flow and timeline; the applicant withdraws, urges, cancels or resubmits after 补正. */
export function CaseDetailPage() {
  const { caseId = '' } = useParams()
  const state = useAsync(() => loadCase(caseId), [caseId])
  return (
    <PageState loading={state.loading && !state.data} error={state.error} onRetry={state.reload}>
      {state.data && (
        <CaseView
          key={state.data.detail.case.stateVersion}
          detail={state.data.detail}
          materials={state.data.materials}
          reload={state.reload}
        />
      )}
    </PageState>
  )
}

// helpers

function CaseView(props: { detail: CaseDetail; materials: Material[]; reload(): void }) {
  const { detail } = props
  const c = detail.case
  const { t, lang } = useI18n()
  const { me, directory } = useReadySession()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const ref = useRef<FormRendererHandle>(null)
  const [action, setAction] = useState<CaseAction>()
  const [busy, setBusy] = useState(false)
  // false, or the server's account of who acted first ('' when it gave none).
  const [conflict, setConflict] = useState<string | false>(false)
  const [problem, setProblem] = useState<string>()
  const mine = c.applicantId === me.personId
  const correcting = mine && c.status === 'returned'
  const actions = applicantActions(c.status, mine, detail.flow.settings)
  const openTask = detail.tasks.find((x) => x.id === detail.viewer.openTaskId && x.kind !== 'correction')
  const startNode = detail.flow.nodes.find((n) => n.type === 'start')
  const returned = [...detail.timeline]
    .reverse()
    .find((e) => e.type === 'task.completed' && (e.data as { outcome?: string })?.outcome === 'returned')
  // Opening the case is reading it: the viewer's 抄送 on it become 已阅 (a failure only leaves them unread).
  const unreadCc = (detail.viewer.unreadCcTaskIds ?? []).join(',')
  useEffect(() => {
    for (const id of unreadCc ? unreadCc.split(',') : []) void api.markCcRead(id).catch(() => undefined)
  }, [unreadCc])
  const upload = useCallback<UploadFile>(
    (file, ctx) => api.uploadAttachment(file, ctx.materialId, c.id),
    [c.id],
  )

  const run = async (a: CaseAction, comment?: string) => {
    setBusy(true)
    setProblem(undefined)
    try {
      const body: { action: CaseAction; comment?: string; data?: Record<string, unknown> } = { action: a }
      if (comment) body.comment = comment
      if (a === 'resubmit') {
        let values: Record<string, unknown>
        try {
          values = (await ref.current?.submit()) ?? {}
        } catch {
          setProblem(t('start.fixErrors'))
          return
        }
        const editable = detail.viewer.editableFields
        body.data = editable.length ? pickFields(values, editable) : values
      }
      await api.caseAction(c.id, body)
      message.success(t('task.success', { action: t(`action.${a}`) }))
      setAction(undefined)
      props.reload()
    } catch (e) {
      setAction(undefined)
      // 催办 too soon / nothing open are refusals, not someone else acting first.
      if (e instanceof ApiError && e.isConflict && !e.code.startsWith('urge.'))
        setConflict(e.status === 409 ? errorText(e, lang) : '')
      else if (e instanceof ApiError && e.status === 422 && e.fieldErrors.length) {
        const rest = ref.current?.setServerErrors(e.fieldErrors) ?? []
        setProblem(rest.length ? rest.map((x) => x.message).join('；') : t('start.fixErrors'))
      } else setProblem(errorText(e, lang))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div data-testid="case-detail-page" data-status={c.status}>
      <div className="page-title">
        <Typography.Title level={3}>{c.title}</Typography.Title>
        <Space wrap>
          <StatusTag status={c.status} />
          <CardBadge card={c.card} />
          <TraceLink caseId={c.id} />
        </Space>
      </div>
      {conflict !== false && <ConflictNotice onReload={props.reload} detail={conflict || undefined} />}
      {problem && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={problem}
          data-testid="case-problem"
        />
      )}
      {correcting && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('detail.returned')}
          description={
            returned?.data?.comment
              ? t('detail.returnedBy', { comment: String(returned.data.comment) })
              : undefined
          }
          data-testid="returned-notice"
        />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('detail.no')}>
            <span data-testid="case-no">{c.no}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.matter')}>
            {detail.matter.name} ({detail.matter.code})
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.submitted')}>{formatDateTime(c.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('detail.deadline')}>
            {formatDateTime(c.promisedDeadline)}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap>
          {openTask && (
            <Button
              type="primary"
              onClick={() => navigate(`/cases/${c.id}/tasks/${openTask.id}`)}
              data-testid="open-task"
            >
              {t('detail.openTask')}
            </Button>
          )}
          {mine && c.status === 'draft' && (
            <Button type="primary" onClick={() => navigate(`/start/${c.matterId}?draft=${c.id}`)}>
              {t('detail.continueDraft')}
            </Button>
          )}
        </Space>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={15}>
          <Card title={t('task.form')} size="small">
            <MaterialsProvider {...(correcting ? { caseId: c.id } : {})} attachments={c.attachments}>
              <FormRenderer
                ref={ref}
                form={detail.form}
                value={c.data}
                mode={correcting ? 'task' : 'read'}
                fieldAccess={correcting ? startNode?.fieldPermissions : undefined}
                directory={directory.source}
                uploadFile={upload}
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
        <div className="sticky-actions" data-testid="case-actions">
          <Space wrap>
            {actions.map((a, i) => (
              <Button
                key={a}
                type={i === 0 ? 'primary' : 'default'}
                danger={a === 'cancel'}
                loading={busy && a === 'resubmit'}
                onClick={() => (a === 'resubmit' ? void run(a) : setAction(a))}
                data-testid={`case-action-${a}`}
              >
                {t(`action.${a}`)}
              </Button>
            ))}
          </Space>
        </div>
      )}
      <CaseActionDialog
        action={action}
        busy={busy}
        onCancel={() => setAction(undefined)}
        onConfirm={(comment) => action && void run(action, comment)}
      />
    </div>
  )
}
