import { Radio, Space } from 'antd'
import { FormRenderer } from '@tongban/form-renderer'
import type { FormDocument } from '@tongban/schemas'
import { useState } from 'react'
import { useI18n } from '../../../shared/i18n'

/** Live preview with the real renderer, at desktop width or a 375 px phone. */
export function FormPreview({ form }: { form: FormDocument }) {
  const { tx, locale } = useI18n()
  const [width, setWidth] = useState<'desktop' | 'mobile'>('desktop')
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="form-preview">
      <Radio.Group
        size="small"
        optionType="button"
        value={width}
        onChange={(e) => setWidth(e.target.value)}
        options={[
          { value: 'desktop', label: tx('桌面', 'Desktop') },
          { value: 'mobile', label: tx('手机 375px', 'Phone 375px') },
        ]}
      />
      <div
        style={{
          width: width === 'mobile' ? 375 : '100%',
          border: '1px solid #f0f0f0',
          padding: 12,
          margin: '0 auto',
          boxSizing: 'border-box',
        }}
      >
        <FormRenderer form={form} mode="edit" lang={locale === 'en' ? 'en' : 'zh-CN'} layout="vertical" />
      </div>
    </Space>
  )
}
