import type { Meta, StoryObj } from '@storybook/react-vite'
import { syntheticForm } from '@tongban/form-core'
import { Button, Space, Typography } from 'antd'
import { useLayoutEffect, useRef, useState } from 'react'
import { FormRenderer, type FormRendererHandle } from '../form-renderer/form-renderer'

const { form, data } = syntheticForm({ fields: 200, linkage: 20 })

/** 200 fields with 20 linkage rules: shows its own first-render and validation times. */
function LargeForm() {
  const started = useRef(performance.now())
  const ref = useRef<FormRendererHandle>(null)
  const [renderMs, setRenderMs] = useState<number>()
  const [validateMs, setValidateMs] = useState<number>()
  useLayoutEffect(() => setRenderMs(performance.now() - started.current), [])
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text data-testid="render-ms">first render: {renderMs?.toFixed(1)} ms</Typography.Text>
        <Button
          data-testid="validate"
          onClick={async () => {
            const t0 = performance.now()
            await ref.current!.validate()
            setValidateMs(performance.now() - t0)
          }}
        >
          validate
        </Button>
        <Typography.Text data-testid="validate-ms">{validateMs === undefined ? '' : `validate: ${validateMs.toFixed(1)} ms`}</Typography.Text>
      </Space>
      <FormRenderer ref={ref} form={form} value={data} />
    </Space>
  )
}

const meta: Meta<typeof LargeForm> = { title: 'Form/Large', component: LargeForm }
export default meta
export const TwoHundredFields: StoryObj<typeof LargeForm> = {}
