import { UploadOutlined } from '@ant-design/icons'
import { connect, mapReadPretty, useField } from '@formily/react'
import { missingMaterials, type MaterialFile } from '@tongban/form-core'
import type { Material } from '@tongban/schemas'
import { Alert, Button, List, Space, Tag, Typography, Upload, message as antdMessage } from 'antd'
import { useState } from 'react'
import { useRendererServices } from '../../context/renderer-services'
import { useRendererLocale } from '../../i18n/locale-context'

export interface MaterialUploadProps {
  value?: MaterialFile[]
  onChange?: (value: MaterialFile[]) => void
  /** The matter's materials; default: those given to the renderer (`materials`). */
  materials?: Material[]
  disabled?: boolean
  readOnly?: boolean
}

/**
 * Required materials (申请材料) as a checklist: each material with required/optional, a template to
 * download, its uploaded files, and an upload button (through the injected `uploadFile`). Materials
 * the system supplies from data it holds (减材料) are shown as such and need no upload.
 */
function MaterialChecklist(props: MaterialUploadProps) {
  const services = useRendererServices()
  const { t } = useRendererLocale()
  const field = useField()
  const materials = props.materials ?? services.materials ?? []
  const files = props.value ?? []
  const [busy, setBusy] = useState<string | undefined>()
  const [message, messageHolder] = antdMessage.useMessage()
  const missing = missingMaterials(materials, files)
  const editable = !props.disabled && !props.readOnly

  const upload = async (material: Material, file: File) => {
    if (!services.uploadFile) return void message.error(t('materials.noUploader'))
    const ext = file.name.split('.').pop()?.toLowerCase() ?? ''
    if (material.accept && !material.accept.includes(ext)) return void message.error(t('materials.badType', { types: material.accept.join('/') }))
    if (material.maxSizeMb && file.size > material.maxSizeMb * 1024 * 1024) return void message.error(t('materials.tooLarge', { max: material.maxSizeMb }))
    setBusy(material.id)
    try {
      const stored = await services.uploadFile(file, { materialId: material.id, fieldPath: String(field?.path ?? '') })
      const entry: MaterialFile = { materialId: material.id, attachmentId: stored.id, name: stored.name }
      if (stored.size !== undefined) entry.size = stored.size
      if (stored.url !== undefined) entry.url = stored.url
      props.onChange?.([...(props.value ?? []), entry])
    } catch (error) {
      message.error(t('materials.uploadFailed', { reason: String((error as Error)?.message ?? error) }))
    } finally {
      setBusy(undefined)
    }
  }
  const remove = (attachmentId: string) => props.onChange?.(files.filter((f) => f.attachmentId !== attachmentId))

  if (materials.length === 0) return <Typography.Text type="secondary">{t('materials.none')}</Typography.Text>
  return (
    <div className="tongban-material-upload">
      {messageHolder}
      <List
        size="small"
        bordered
        dataSource={[...materials]}
        renderItem={(m) => {
          const mine = files.filter((f) => f.materialId === m.id)
          return (
            <List.Item
              data-material={m.id}
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
                        <Button size="small" icon={<UploadOutlined />} loading={busy === m.id}>
                          {busy === m.id ? t('materials.uploading') : t('materials.upload')}
                        </Button>
                      </Upload>,
                    ]
              }
            >
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap size={4}>
                  <Typography.Text strong>{m.name}</Typography.Text>
                  {m.required ? <Tag color="red">{t('materials.required')}</Tag> : <Tag>{t('materials.optional')}</Tag>}
                  {m.systemSupplied && <Tag color="green">{t('materials.systemSupplied')}</Tag>}
                  {m.template && (
                    <Typography.Link href={m.template} target="_blank">
                      {t('materials.template')}
                    </Typography.Link>
                  )}
                </Space>
                {m.systemSupplied && m.source && <Typography.Text type="secondary">{t('materials.source', { source: m.source })}</Typography.Text>}
                {m.description && <Typography.Text type="secondary">{m.description}</Typography.Text>}
                {mine.map((f) => (
                  <Space key={f.attachmentId} size={8}>
                    {f.url ? <Typography.Link href={f.url}>{f.name}</Typography.Link> : <Typography.Text>{f.name}</Typography.Text>}
                    {editable && (
                      <Typography.Link type="danger" onClick={() => remove(f.attachmentId)}>
                        {t('materials.remove')}
                      </Typography.Link>
                    )}
                  </Space>
                ))}
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
          message={missing.length ? t('materials.missing', { names: missing.map((m) => m.name).join('、') }) : t('materials.done')}
        />
      )}
    </div>
  )
}

function MaterialReadOnly(props: MaterialUploadProps) {
  return <MaterialChecklist {...props} readOnly />
}

export const MaterialUpload = connect(MaterialChecklist, mapReadPretty(MaterialReadOnly))
