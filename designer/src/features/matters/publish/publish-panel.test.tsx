/** @jest-environment jsdom */
import '../../../shared/testing/jsdom-antd'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { archiveLookup } from '../../../fixtures'
import { I18nProvider } from '../../../shared/i18n'
import { PublishPanel } from './publish-panel'

const ui = (node: React.ReactNode) => render(<I18nProvider locale="zh-CN">{node}</I18nProvider>)

describe('PublishPanel', () => {
  it('blocks publishing while a check fails', () => {
    const broken = structuredClone(archiveLookup)
    broken.flow.edges = broken.flow.edges.slice(1)
    ui(<PublishPanel draft={broken} published={archiveLookup} onPublish={async () => 2} />)
    expect((screen.getByTestId('publish') as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getAllByTestId('publish-issue').length).toBeGreaterThan(0)
  })

  it('shows the diff and publishes a clean draft', async () => {
    const next = structuredClone(archiveLookup)
    next.flow.nodes[1]!.name = '受理'
    const publish = jest.fn(async () => 2)
    ui(<PublishPanel draft={next} published={archiveLookup} onPublish={publish} />)
    expect(screen.getByTestId('diff-view').textContent).toContain('~ accept')
    fireEvent.click(screen.getByTestId('publish'))
    await waitFor(() => expect(screen.getByText(/已发布 v2/)).toBeTruthy())
    expect(publish).toHaveBeenCalledTimes(1)
    expect(publish).toHaveBeenCalledWith('')
  })
})
