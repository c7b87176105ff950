import { FormRenderer, type FormRendererHandle } from '@tongban/form-renderer'
import { createRef } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { generateForm, validValues } from './generate-form'

/**
 * Bench page: renders the generated 200-field / 20-rule form `runs` times in a fresh root and
 * validates it, then publishes the timings on `window.__bench` for bench/run.mjs.
 */
async function main() {
  const params = new URLSearchParams(location.search)
  const runs = Number(params.get('runs') ?? 7)
  const form = generateForm(200, 20)
  const values = validValues(200, 20)
  const render: number[] = []
  const validate: number[] = []
  const host = document.getElementById('root') as HTMLElement
  let fields = 0
  for (let r = 0; r < runs + 1; r++) {
    const el = document.createElement('div')
    host.replaceChildren(el)
    const root = createRoot(el)
    const ref = createRef<FormRendererHandle>()
    const t0 = performance.now()
    flushSync(() => root.render(<FormRenderer ref={ref} form={form} value={values} mode="edit" />))
    const t1 = performance.now()
    await new Promise((done) => requestAnimationFrame(() => done(null)))
    const v0 = performance.now()
    const result = await ref.current!.validate()
    const v1 = performance.now()
    if (!result.ok)
      throw new Error(`the generated values should pass: ${JSON.stringify(result.errors.slice(0, 3))}`)
    // The first run warms up caches and the JIT; it is not counted.
    if (r > 0) {
      render.push(t1 - t0)
      validate.push(v1 - v0)
    }
    fields = el.querySelectorAll('.ant-formily-item').length
    root.unmount()
  }
  ;(window as unknown as { __bench: unknown }).__bench = { render, validate, fields }
}

main().catch((e: unknown) => {
  ;(window as unknown as { __bench: unknown }).__bench = { error: String((e as Error)?.stack ?? e) }
})
