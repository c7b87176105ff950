/** @jest-environment jsdom */
import '../../shared/testing/jsdom-antd'
import { render, renderHook, screen, waitFor } from '@testing-library/react'
import { createApi, createHttpClient, type RecomputeSummary } from '../../api'
import { I18nProvider } from '../../shared/i18n'
import { ApiProvider } from '../../shared/ui/api-context'
import { RecomputeNotice } from './recompute-notice'
import { useRecomputeProgress } from './use-recompute-progress'

const queued: RecomputeSummary = { runId: 7, status: 'queued', examined: 0, changed: 0, facts: null }
const result = { calendarId: 'default', year: '2026', holidays: 34, workdays: 6, recomputed: queued }

describe('RecomputeNotice', () => {
  it('follows a queued run until it is done and then says what moved', async () => {
    const seen: string[] = []
    const answers: RecomputeSummary[] = [
      { ...queued, status: 'running', examined: 2 },
      { ...queued, status: 'done', examined: 5, changed: 2, facts: 5 },
    ]
    const api = createApi(
      createHttpClient('', async (url) => {
        seen.push(url)
        // jsdom has no Response: the client reads only these members
        const body = JSON.stringify(answers.shift())
        return { ok: true, status: 200, text: async () => body } as Response
      }),
    )
    render(
      <I18nProvider locale="zh-CN">
        <ApiProvider api={api}>
          <RecomputeNotice
            calendarId="default"
            result={result}
            recomputed={queued}
            onClose={() => undefined}
          />
        </ApiProvider>
      </I18nProvider>,
    )
    expect(screen.getByText('已保存 2026 年：34 个节假日，6 个调休上班日')).toBeTruthy()
    expect(screen.getByText(/排队中/)).toBeTruthy()
    await waitFor(() => expect(screen.getByText(/已按新日历重算 5 件在办件的期限，其中 2 件/)).toBeTruthy(), {
      timeout: 8000,
    })
    expect(seen).toEqual(['/api/calendars/default/recompute/7', '/api/calendars/default/recompute/7'])
  })

  it('shows the finished counts of a server that recomputes at once, without asking again', () => {
    const api = createApi(createHttpClient('', async () => Promise.reject(new Error('no call expected'))))
    render(
      <I18nProvider locale="en">
        <ApiProvider api={api}>
          <RecomputeNotice
            calendarId="default"
            recomputed={{ examined: 3, changed: 0 }}
            onClose={() => undefined}
          />
        </ApiProvider>
      </I18nProvider>,
    )
    expect(
      screen.getByText('Deadlines of 3 open cases recomputed on the new calendar; 0 of them moved.'),
    ).toBeTruthy()
  })
})

describe('useRecomputeProgress', () => {
  it('a new run does not show the trouble of the last one, not even in its first render', async () => {
    const api = createApi(
      createHttpClient('', async (url) => {
        if (url.endsWith('/7')) throw new Error('网络中断')
        const body = JSON.stringify({ ...queued, runId: 8, status: 'running' })
        return { ok: true, status: 200, text: async () => body } as Response
      }),
    )
    const renders: Array<{ runId?: number; lost?: string }> = []
    const { rerender } = renderHook(
      ({ initial }: { initial: RecomputeSummary }) => {
        const progress = useRecomputeProgress('default', initial)
        renders.push({ runId: progress.run.runId, lost: progress.lost })
        return progress
      },
      {
        initialProps: { initial: queued },
        wrapper: ({ children }) => <ApiProvider api={api}>{children}</ApiProvider>,
      },
    )
    await waitFor(() => expect(renders.at(-1)?.lost).toBeTruthy(), { timeout: 8000 })
    const before = renders.length
    rerender({ initial: { ...queued, runId: 8 } })
    expect(renders.slice(before).filter((r) => r.lost !== undefined)).toEqual([])
    expect(renders[before]).toEqual({ runId: 8, lost: undefined })
  })
})
