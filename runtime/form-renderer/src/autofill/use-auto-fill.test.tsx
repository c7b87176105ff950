import { act, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { applicantProfile, archiveForm, directoryData } from '../__fixtures__/archive-form'
import { FormRenderer } from '../form-renderer/form-renderer'
import { createMemoryDirectory } from '../testing/memory-directory'
import { useAutoFill, type AutoFill } from './use-auto-fill'

let latest: { fill: AutoFill; setDraft: (v: Record<string, unknown>) => void; draft: Record<string, unknown> }

function Harness() {
  const [draft, setDraft] = useState<Record<string, unknown>>({})
  const fill = useAutoFill(archiveForm, applicantProfile, { value: draft })
  latest = { fill, setDraft, draft }
  return (
    <FormRenderer
      form={archiveForm}
      value={fill.values}
      onChange={setDraft}
      boundValues={fill.boundValues}
      directory={createMemoryDirectory(directoryData)}
    />
  )
}

describe('useAutoFill', () => {
  test('fills bound fields from the profile and marks them "来自人员库"', async () => {
    render(<Harness />)
    expect(latest.fill.values).toMatchObject({ applicantName: '张三', phone: '13800138000', department: 'hr' })
    expect((await screen.findAllByTestId('bound-tag')).length).toBe(3)
  })

  test('copies from the previous case what still fits, refreshing bound fields', () => {
    render(<Harness />)
    const previous = { applicantName: '旧名字', purpose: '查阅2019年人事档案', opinion: '同意', gone: 1 }
    let copied: string[] = []
    act(() => {
      const result = latest.fill.copyFromPrevious(previous, latest.draft)
      copied = result.copied
      latest.setDraft(result.values)
    })
    expect(copied).toEqual(['applicantName', 'purpose'])
    expect(latest.fill.values).toMatchObject({ applicantName: '张三', purpose: '查阅2019年人事档案' })
    expect(latest.fill.values).not.toHaveProperty('opinion')
    expect(latest.fill.values).not.toHaveProperty('gone')
  })
})
