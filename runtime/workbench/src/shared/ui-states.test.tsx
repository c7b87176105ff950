/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import type { FlowDocument } from '@tongban/schemas'
import { ApiError } from '../api/http'
import { I18nProvider } from '../i18n/i18n'
import { FlowDiagram } from './flow-diagram'
import { PageState } from './page-state'
import { CardBadge, StatusTag } from './status'

const wrap = (ui: React.ReactNode, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  render(<I18nProvider initial={lang}>{ui}</I18nProvider>)

describe('page states', () => {
  it('shows loading, then empty, then the content', () => {
    const { rerender } = wrap(<PageState loading>content</PageState>)
    expect(screen.getByTestId('page-loading')).toBeTruthy()
    rerender(
      <I18nProvider initial="zh-CN">
        <PageState loading={false} empty emptyText="这里还没有事项">
          content
        </PageState>
      </I18nProvider>,
    )
    expect(screen.getByText('这里还没有事项')).toBeTruthy()
    rerender(
      <I18nProvider initial="zh-CN">
        <PageState loading={false}>content</PageState>
      </I18nProvider>,
    )
    expect(screen.getByText('content')).toBeTruthy()
  })
  it('shows a 404 as "not found or not yours" and other errors with the server message in English', () => {
    wrap(
      <PageState
        loading={false}
        error={new ApiError(404, 'not-found', '办件不存在', { messageEn: 'No such case' })}
      />,
      'en',
    )
    expect(screen.getByText('Not found or not yours to see')).toBeTruthy()
    expect(screen.getByText('No such case')).toBeTruthy()
  })
})

describe('status and cards', () => {
  it('names the status and shows a red card, nothing for none', () => {
    wrap(
      <>
        <StatusTag status="returned" />
        <CardBadge card="red" />
        <CardBadge card="none" />
      </>,
    )
    expect(screen.getByText('待补正')).toBeTruthy()
    expect(screen.getAllByTestId('deadline-card')).toHaveLength(1)
    expect(screen.getByText('红牌')).toBeTruthy()
  })
})

describe('flow diagram', () => {
  it('marks the current node', () => {
    const nodes = [
      { id: 'start', type: 'start', name: '提交申请' },
      { id: 'accept', type: 'approval', name: '档案馆受理' },
      { id: 'end', type: 'end', name: '办结' },
    ] as unknown as FlowDocument['nodes']
    const edges = [
      { id: 'e1', source: 'start', target: 'accept' },
      { id: 'e2', source: 'accept', target: 'end' },
    ] as FlowDocument['edges']
    const { container } = wrap(
      <FlowDiagram nodes={nodes} edges={edges} layout={null} current={['accept']} passed={['start']} />,
    )
    expect(container.querySelector('[data-node="accept"]')?.getAttribute('data-current')).toBe('true')
    expect(container.querySelector('[data-node="start"]')?.getAttribute('data-current')).toBeNull()
    expect(container.querySelectorAll('line')).toHaveLength(2)
  })
})
