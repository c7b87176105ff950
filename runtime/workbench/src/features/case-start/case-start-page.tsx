import { FormRenderer, toFormPath, useAutoFill, type FormRendererHandle, type UploadFile } from '@tongban/form-renderer'
import type { CaseRecord, MatterBundle } from '@tongban/schemas'
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd'
import { useCallback, useMemo, useRef, useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { api } from '../../api/client'
import { ApiError } from '../../api/http'
import { useI18n } from '../../i18n/i18n'
import { loadPreferences, savePreferences, touchRecent } from '../../shared/matter-preferences'
import { errorText, PageState } from '../../shared/page-state'
import { today } from '../../shared/today'
import { useAsync } from '../../shared/use-async'
import { useReadySession } from '../auth/session'
import { MaterialsProvider } from '../materials/materials-context'

/**
 * 申请: the matter's published form with auto-fill from the directory, the materials checklist and
 * uploads; save a draft or submit. Server validation errors land on their fields.
 */
export function CaseStartPage() {
  const { matterId = '' } = useParams()
  const [search] = useSearchParams()
  const draftId = search.get('draft') ?? undefined
  const { t } = useI18n()
  const { me } = useReadySession()
  const state = useAsync(async () => {
    const matter = await api.matter(matterId)
    const draft = draftId ? await api.caseDetail(draftId) : undefined
    const userId = me.personId ?? me.username
    savePreferences(userId, touchRecent(loadPreferences(userId), matterId))
    return { matter, draft }
  }, [matterId, draftId])
  const bundle = state.data?.matter.published
  return (
    <PageState loading={state.loading && !state.data} error={state.error} onRetry={state.reload}>
      {state.data && !bundle && <Alert type="warning" showIcon message={t('start.notPublished')} />}
      {bundle && (
        <StartForm
          key={draftId ?? 'new'}
          bundle={bundle}
          draftId={draftId}
          draftData={state.data?.draft?.case.data}
          draftAttachments={state.data?.draft?.case.attachments}
        />
      )}
    </PageState>
  )
}

// helpers

function StartForm(props: {
  bundle: MatterBundle
  draftId: string | undefined
  draftData?: Record<string, unknown>
  draftAttachments?: CaseRecord['attachments']
}) {
  const { bundle } = props
  const { t, lang } = useI18n()
  const { me, directory } = useReadySession()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const ref = useRef<FormRendererHandle>(null)
  const [busy, setBusy] = useState<'draft' | 'submit'>()
  const [problems, setProblems] = useState<{ title: string; items: string[] }>()
  const [draftId, setDraftId] = useState(props.draftId)
  const profile = useMemo(() => (me.personId ? directory.profile(me.personId) : undefined), [me, directory])
  // The renderer adds the schema defaults itself.
  const initial = useMemo(() => props.draftData ?? {}, [props.draftData])
  const fill = useAutoFill(bundle.form, profile, { value: initial, today: today() })
  const startNode = bundle.flow.nodes.find((n) => n.type === 'start')
  const upload = useCallback<UploadFile>(
    (file, ctx) => api.uploadAttachment(file, ctx.materialId, draftId),
    [draftId],
  )
  const scope = useMemo(() => ({ $applicant: profile ?? {}, $today: today() }), [profile])
  // "复制上次办件": my latest submitted case of this matter, if any.
  const [copied, setCopied] = useState<Record<string, unknown>>()
  const previous = useAsync(async () => {
    const page = await api.tasks({ box: 'started', matterId: bundle.matter.id, limit: 10 })
    return page.items.find((x) => x.case.status !== 'draft' && x.case.id !== draftId)?.case
  }, [bundle.matter.id, draftId])
  const copyPrevious = async () => {
    if (!previous.data) return
    try {
      const last = await api.caseDetail(previous.data.id)
      const current = ref.current?.getValues() ?? {}
      const result = fill.copyFromPrevious(last.case.data, current)
      setCopied(result.values)
      message.success(`${t('start.copyPrevious')}: ${result.copied.length}`)
    } catch (e) {
      showServerProblem(e)
    }
  }

  const saveDraft = async () => {
    setBusy('draft')
    setProblems(undefined)
    try {
      const data = ref.current?.getValues() ?? {}
      if (draftId) await api.caseAction(draftId, { action: 'update-data', data })
      else {
        const created = await api.startCase({ matterId: bundle.matter.id, data, submit: false })
        setDraftId(created.id)
        navigate(`/start/${bundle.matter.id}?draft=${created.id}`, { replace: true })
      }
      message.success(t('start.draftSaved'))
    } catch (e) {
      showServerProblem(e)
    } finally {
      setBusy(undefined)
    }
  }

  const submit = async () => {
    setProblems(undefined)
    let data: Record<string, unknown>
    try {
      data = (await ref.current?.submit()) ?? {}
    } catch {
      setProblems({ title: t('start.fixErrors'), items: [] })
      return
    }
    setBusy('submit')
    try {
      let caseId = draftId
      if (caseId) await api.caseAction(caseId, { action: 'submit', data })
      else caseId = (await api.startCase({ matterId: bundle.matter.id, data, submit: true })).id
      const detail = await api.caseDetail(caseId)
      message.success(t('start.submitted', { no: detail.case.no }))
      navigate(`/cases/${caseId}`)
    } catch (e) {
      showServerProblem(e)
    } finally {
      setBusy(undefined)
    }
  }

  function showServerProblem(e: unknown) {
    if (e instanceof ApiError && e.status === 422 && e.fieldErrors.length) {
      const rest = ref.current?.setServerErrors(e.fieldErrors) ?? e.fieldErrors
      setProblems({
        title: t('start.otherErrors'),
        items: rest.map((x) => `${toFormPath(x.path)}: ${lang === 'en' && x.messageEn ? x.messageEn : x.message}`),
      })
      return
    }
    setProblems({ title: t('common.error'), items: [errorText(e, lang)] })
  }

  return (
    <div data-testid="case-start-page">
      <div className="page-title">
        <Typography.Title level={3}>{t('start.title', { name: bundle.matter.name })}</Typography.Title>
        <Tag>{bundle.matter.code}</Tag>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('catalog.department')}>
            {directory.orgName(bundle.matter.acceptingOrgId)}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.category')}>{bundle.matter.category}</Descriptions.Item>
          <Descriptions.Item label={t('detail.deadline')}>
            {t('start.promised', { days: bundle.matter.timeLimits.promisedDays })}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          {Object.keys(fill.boundValues).length > 0 && (
            <Typography.Text type="secondary">{t('start.bound')}</Typography.Text>
          )}
          {previous.data && (
            <Button size="small" onClick={() => void copyPrevious()} data-testid="copy-previous">
              {t('start.copyPrevious')} ({previous.data.no})
            </Button>
          )}
        </Space>
      </Card>
      {problems && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={problems.title}
          description={problems.items.length ? problems.items.map((x) => <div key={x}>{x}</div>) : undefined}
          data-testid="form-problems"
        />
      )}
      <MaterialsProvider {...(draftId ? { caseId: draftId } : {})} attachments={props.draftAttachments}>
        <FormRenderer
          ref={ref}
          form={bundle.form}
          value={copied ?? fill.values}
          mode={startNode?.fieldPermissions ? 'task' : 'edit'}
          fieldAccess={startNode?.fieldPermissions}
          boundValues={fill.boundValues}
          directory={directory.source}
          uploadFile={upload}
          materials={bundle.matter.materials}
          scope={scope}
          lang={lang}
        />
      </MaterialsProvider>
      <div className="sticky-actions">
        <Space wrap>
          <Button onClick={saveDraft} loading={busy === 'draft'} disabled={!!busy} data-testid="save-draft">
            {t('start.saveDraft')}
          </Button>
          <Button
            type="primary"
            onClick={submit}
            loading={busy === 'submit'}
            disabled={!!busy}
            data-testid="submit-case"
          >
            {t('start.submit')}
          </Button>
        </Space>
      </div>
    </div>
  )
}
