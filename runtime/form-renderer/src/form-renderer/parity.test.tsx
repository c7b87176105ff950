import { act, render } from '@testing-library/react'
import { parityFixtures } from '@tongban/form-core'
import { createRef } from 'react'
import { FormRenderer, type FormRendererHandle } from './form-renderer'

/** Codes only the server can produce: the browser never builds such data (types, unknown keys, other nodes' fields). */
const SERVER_ONLY = new Set(['unknown-field', 'type-mismatch', 'not-in-enum', 'not-an-object', 'field-not-editable'])
const keys = (errors: Array<{ path: string; code?: string }>) => errors.map((e) => e.path).sort()

describe('browser parity with validateSubmission (shared fixtures)', () => {
  const fixtures = parityFixtures().filter((f) => f.expectedErrors.every((e) => !SERVER_ONLY.has(e.code)))

  test('the fixtures cover both outcomes', () => {
    expect(fixtures.some((f) => f.expectedErrors.length === 0)).toBe(true)
    expect(fixtures.some((f) => f.expectedErrors.length > 0)).toBe(true)
  })

  for (const fixture of fixtures) {
    test(`${fixture.name}: the browser rejects exactly what the server rejects`, async () => {
      const ref = createRef<FormRendererHandle>()
      const task = fixture.options?.fieldAccess
      render(
        <FormRenderer
          ref={ref}
          form={fixture.form}
          value={fixture.data as Record<string, unknown>}
          mode={task ? 'task' : 'edit'}
          {...(task ? { fieldAccess: task } : {})}
        />,
      )
      let result: Awaited<ReturnType<FormRendererHandle['validate']>> | undefined
      await act(async () => {
        result = await ref.current!.validate()
      })
      expect(keys(result!.errors)).toEqual(keys(fixture.expectedErrors))
    })
  }
})
