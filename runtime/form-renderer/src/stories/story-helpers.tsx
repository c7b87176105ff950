import type { FormDocument, FormNode } from '@tongban/schemas'
import { Button, Card, Space, Typography } from 'antd'
import { useRef, useState } from 'react'
import { applicantProfile, archiveMaterials, directoryData } from '../__fixtures__/archive-form'
import type { UploadFile } from '../context/directory'
import { FormRenderer, type FormRendererHandle, type FormRendererProps } from '../form-renderer/form-renderer'
import { createMemoryDirectory } from '../testing/memory-directory'

export const storyDirectory = createMemoryDirectory(directoryData)
export const storyMaterials = archiveMaterials
export const storyProfile = applicantProfile

/** Pretends to store the file for a moment. */
export const storyUpload: UploadFile = (file) =>
  new Promise((resolve) => setTimeout(() => resolve({ id: `att-${file.name}`, name: file.name, size: file.size }), 300))

/** A form with a single field, for a widget's stories. */
export function singleField(title: string, node: FormNode): FormDocument {
  return { schema: { type: 'object', properties: { field: { title, 'x-decorator': 'FormItem', ...node } } } }
}

/** The renderer with the story services, its values shown below, and a validate button. */
export function Demo(props: Omit<FormRendererProps, 'directory' | 'uploadFile'>) {
  const ref = useRef<FormRendererHandle>(null)
  const [values, setValues] = useState(props.value ?? {})
  const [errors, setErrors] = useState<string>('')
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }}>
      <FormRenderer
        ref={ref}
        directory={storyDirectory}
        uploadFile={storyUpload}
        materials={storyMaterials}
        {...props}
        onChange={(v) => {
          setValues(v)
          props.onChange?.(v)
        }}
      />
      {props.mode !== 'read' && (
        <Button
          type="primary"
          onClick={async () => {
            const res = await ref.current!.validate()
            setErrors(res.ok ? 'OK' : res.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))
          }}
        >
          {props.lang === 'en' ? 'Validate' : '校验'}
        </Button>
      )}
      <Card size="small" title={props.lang === 'en' ? 'Values' : '表单数据'}>
        <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap' }} data-testid="values">
          {JSON.stringify(values, null, 2)}
        </Typography.Paragraph>
        {errors && <Typography.Paragraph type={errors === 'OK' ? 'success' : 'danger'} style={{ whiteSpace: 'pre-wrap' }}>{errors}</Typography.Paragraph>}
      </Card>
    </Space>
  )
}
