import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons'
import type { MaterialFile } from '@tongban/form-core'
import { useRendererServices } from '@tongban/form-renderer'
import type { Material } from '@tongban/schemas'
import { Alert, Button, List, Progress, Space, Tag, Tooltip, Typography, Upload } from 'antd'
import { missingMaterials } from '@tongban/form-core'
import { useRef, useState } from 'react'
import { api } from '../../api/client'
import { uploadAttachment } from '../../api/upload'
import { useI18n } from '../../i18n/i18n'
import {
  checkFile,
  downloadUrl,
  fileEntry,
  formatSize,
  sha256Hex,
  uploadProblem,
  verify,
  visibleMaterials,
  type Problem,
} from './material-rules'
import { useMaterialsContext } from './materials-context'
import { rememberVerification, verificationOf } from './verifications'

export interface MaterialChecklistProps {
  value?: MaterialFile[]
  onChange?: (value: MaterialFile[]) => void
  /** The materials this field collects (`x-component-props`); default all of the matter's. */
  materialIds?: string[]
  /** Formily passes `disabled` in read-pretty mode and `readOnly` for read-only fields. */
  disabled?: boolean
  readOnly?: boolean
}

interface Busy {
  percent: number
  name: string
}

/**
 * 申请材料: the checklist of the matter's materials (required / optional / supplied by the system,
 * template), each with its uploaded files — name, size, checksum verified (the browser's SHA-256
 * equals the server's), download link, remove — an upload button with progress, and the reason
 * when an upload fails. Replaces the renderer's generic `MaterialUpload` in the workbench.
 */
export function MaterialChecklist(props: MaterialChecklistProps) {
  const { t, lang } = useI18n()
  const services = useRendererServices()
  const { caseId, attachments } = useMaterialsContext()
  const materials = visibleMaterials(services.materials ?? [], props.materialIds)
  const files = props.value ?? []
  const latest = useRef(files)
  latest.current = files
  // Uploads made here before any case holds them: removing one deletes it on the server too (a
  // draft saved meanwhile keeps it — the server answers 409 and the case keeps its file).
  const unbound = useRef(new Set<string>())
  const discard = (attachmentId: string) => {
    if (!unbound.current.delete(attachmentId)) return
    void api.deleteUpload(attachmentId).catch(() => undefined)
  }
  const [busy, setBusy] = useState<Record<string, Busy>>({})
  const [problems, setProblems] = useState<Record<string, Problem>>({})
  const editable = !props.disabled && !props.readOnly
  const missing = missingMaterials(services.materials ?? [], files)
  const say = (p: Problem) => {
    const own = p.text && (lang === 'en' ? (p.text.en ?? p.text.zh) : p.text.zh)
    return p.key === 'materials.uploadFailed' ? t(p.key, { reason: own ?? '' }) : (own ?? t(p.key, p.params))
  }
  const setProblem = (id: string, p: Problem | undefined) =>
    setProblems(({ [id]: _old, ...rest }) => (p ? { ...rest, [id]: p } : rest))

  const upload = async (material: Material, file: File) => {
    const refused = checkFile(material, file)
    setProblem(material.id, refused)
    if (refused) return
    setBusy((b) => ({ ...b, [material.id]: { percent: 0, name: file.name } }))
    try {
      const [local, stored] = await Promise.all([
        sha256Hex(file).catch(() => undefined),
        uploadAttachment({ file, materialId: material.id, ...(caseId ? { caseId } : {}) }, (sent, total) =>
          setBusy((b) => ({
            ...b,
            [material.id]: { percent: total ? Math.floor((sent / total) * 100) : 0, name: file.name },
          })),
        ),
      ])
      if (!caseId) unbound.current.add(stored.id)
      const verification = verify(local, stored.sha256)
      rememberVerification(stored.id, verification, stored.sha256)
      if (verification === 'mismatch') {
        discard(stored.id)
        return setProblem(material.id, { key: 'materials.mismatch' })
      }
      props.onChange?.([...latest.current, fileEntry(stored, material.id)])
    } catch (e) {
      setProblem(material.id, uploadProblem(e))
    } finally {
      setBusy(({ [material.id]: _done, ...rest }) => rest)
    }
  }
  const remove = (attachmentId: string) => {
    props.onChange?.(latest.current.filter((f) => f.attachmentId !== attachmentId))
    discard(attachmentId)
  }

  if (materials.length === 0) return <Typography.Text type="secondary">{t('materials.none')}</Typography.Text>
  return (
    <div className="tongban-material-upload" data-testid="material-checklist">
      <List
        size="small"
        bordered
        dataSource={materials}
        renderItem={(m) => {
          const mine = files.filter((f) => f.materialId === m.id)
          const progress = busy[m.id]
          const problem = problems[m.id]
          return (
            <List.Item
              data-material={m.id}
              data-testid="material-item"
              actions={
                m.systemSupplied || !editable
                  ? []
                  : [
                      <Upload
                        key="upload"
                        showUploadList={false}
                        accept={m.accept?.map((a) => `.${a}`).join(',')}
                        beforeUpload={(file) => {
                          void upload(m, file)
                          return false
                        }}
                      >
                        <Button
                          size="small"
                          icon={<UploadOutlined />}
                          loading={!!progress}
                          data-testid={`material-upload-${m.id}`}
                        >
                          {progress ? t('materials.uploading') : t('materials.upload')}
                        </Button>
                      </Upload>,
                    ]
              }
            >
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap size={4}>
                  <Typography.Text strong>{m.name}</Typography.Text>
                  {m.required && !m.systemSupplied ? (
                    <Tag color="red">{t('materials.required')}</Tag>
                  ) : (
                    !m.systemSupplied && <Tag>{t('materials.optional')}</Tag>
                  )}
                  {m.systemSupplied && <Tag color="green">{t('materials.systemSupplied')}</Tag>}
                  {!editable && m.required && !m.systemSupplied && mine.length === 0 && (
                    <Tag color="error" data-testid="material-not-provided">
                      {t('materials.notProvided')}
                    </Tag>
                  )}
                  {m.template && (
                    <Typography.Link href={m.template} target="_blank">
                      {t('materials.template')}
                    </Typography.Link>
                  )}
                </Space>
                {m.description && <Typography.Text type="secondary">{m.description}</Typography.Text>}
                {!m.systemSupplied && m.accept?.length ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('materials.limits', {
                      types: m.accept.join('、'),
                      max: m.maxSizeMb ?? 50,
                    })}
                  </Typography.Text>
                ) : null}
                {mine.map((f) => (
                  <StoredFile
                    key={f.attachmentId}
                    file={f}
                    serverSha={attachments?.find((a) => a.id === f.attachmentId)?.sha256}
                    onRemove={editable ? () => remove(f.attachmentId) : undefined}
                  />
                ))}
                {progress && (
                  <div data-testid="material-progress">
                    <Typography.Text type="secondary">{progress.name}</Typography.Text>
                    <Progress percent={progress.percent} size="small" status="active" />
                  </div>
                )}
                {problem && (
                  <Alert
                    type="error"
                    showIcon
                    closable
                    onClose={() => setProblem(m.id, undefined)}
                    message={say(problem)}
                    data-testid="material-problem"
                  />
                )}
              </Space>
            </List.Item>
          )
        }}
      />
      {editable && (
        <Alert
          style={{ marginTop: 8 }}
          type={missing.length ? 'warning' : 'success'}
          showIcon
          data-testid="materials-summary"
          message={
            missing.length
              ? t('materials.missing', { names: missing.map((m) => m.name).join('、') })
              : t('materials.done')
          }
        />
      )}
    </div>
  )
}

// helpers

/** One uploaded file: download link, size, checksum state, remove. */
function StoredFile(props: { file: MaterialFile; serverSha: string | undefined; onRemove?: () => void }) {
  const { t } = useI18n()
  const { file } = props
  const checked = verificationOf(file.attachmentId)
  const sha = checked?.sha256 ?? props.serverSha
  return (
    <Space wrap size={8} data-testid="material-file" data-attachment-id={file.attachmentId}>
      <PaperClipOutlined />
      <Typography.Link href={downloadUrl(file)} download={file.name} data-testid="material-download">
        {file.name}
      </Typography.Link>
      {file.size !== undefined && <Typography.Text type="secondary">{formatSize(file.size)}</Typography.Text>}
      {checked?.verification === 'verified' ? (
        <Tooltip title={t('materials.verifiedTip', { sha: sha ?? '' })}>
          <Tag color="green" data-testid="material-verified">
            {t('materials.verified')}
          </Tag>
        </Tooltip>
      ) : sha ? (
        <Tooltip title={t('materials.storedTip', { sha })}>
          <Tag data-testid="material-stored">{t('materials.stored')}</Tag>
        </Tooltip>
      ) : null}
      {props.onRemove && (
        <Button
          size="small"
          type="link"
          danger
          icon={<DeleteOutlined />}
          onClick={props.onRemove}
          data-testid="material-remove"
        >
          {t('materials.remove')}
        </Button>
      )}
    </Space>
  )
}
