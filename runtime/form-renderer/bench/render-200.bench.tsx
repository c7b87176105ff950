/**
 * @jest-environment node
 *
 * Server-side render of a 200-field form (20 linkage rules): Tongban's FormRenderer against bare
 * Formily + antd-v5 with the same schema, to see the renderer's own overhead. Prints; no assertions
 * on time. Run: npx jest --testMatch '<rootDir>/bench/*.bench.tsx'
 */
import { FormItem, FormLayout, Input, NumberPicker, Radio, Select, DatePicker } from '@formily/antd-v5'
import { createForm } from '@formily/core'
import { createSchemaField, FormProvider } from '@formily/react'
import { setupFormRuntime, syntheticForm } from '@tongban/form-core'
import { renderToString } from 'react-dom/server'
import { FormRenderer } from '../src/form-renderer/form-renderer'
import { Card } from '../src/registry/layout-components'
import { PhoneInput } from '../src/widgets/phone-input'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

test('render 200 fields', () => {
  setupFormRuntime()
  const { form, data } = syntheticForm({ fields: 200, linkage: 20 })
  const Bare = createSchemaField({ components: { FormItem, FormLayout, Input, NumberPicker, Radio, Select, DatePicker, Card, PhoneInput } })
  const ours: number[] = []
  const bare: number[] = []
  for (let i = 0; i < 5; i++) {
    let t = performance.now()
    renderToString(<FormRenderer form={form} value={data} />)
    ours.push(performance.now() - t)
    t = performance.now()
    const f = createForm({ values: JSON.parse(JSON.stringify(data)) })
    renderToString(
      <FormProvider form={f}>
        <FormLayout layout="vertical">
          <Bare schema={form.schema as object} />
        </FormLayout>
      </FormProvider>,
    )
    bare.push(performance.now() - t)
  }
  console.log(`renderToString 200 fields: FormRenderer median ${median(ours).toFixed(0)} ms, bare Formily ${median(bare).toFixed(0)} ms`)
})
