/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router-dom'
import { I18nProvider } from '../../i18n/i18n'
import { SessionProvider, useSession } from '../auth/session'
import { CaseTracePage } from '../case-trace/case-trace-page'
import { DrillDownPage } from './drill-down-page'
import { MonitoringPage } from './monitoring-page'
import { forgetMonitoringScopes } from './monitoring-scope'

// Vite bundles the feature's stylesheet; jest has no CSS transform.
jest.mock('./monitoring.css', () => ({}))
// jsdom has no canvas: the charts are drawn in the e2e suite.
jest.mock('./echart', () => ({ EChart: () => null }))

beforeEach(() => forgetMonitoringScopes())

beforeAll(() => {
  // jsdom implements getComputedStyle without pseudo-elements (antd's scroll bar measure asks for one).
  const computed = window.getComputedStyle.bind(window)
  window.getComputedStyle = (elt: Element) => computed(elt)
})

/** The machine is shared and loaded: antd's first render in jsdom can take seconds. */
const WAIT = { timeout: 15_000 }

const ME = {
  kind: 'user',
  personId: 'p-sup',
  username: 'sup',
  name: '孙立新',
  roles: ['supervisor'],
  orgIds: ['yx-zwb'],
  primaryOrgId: 'yx-zwb',
  regionIds: ['yx'],
  orgRoles: [],
  permissions: ['monitoring:read'],
}
const DIRECTORY = {
  organisations: [
    { id: 'yx', name: '云溪市', kind: 'region', parentId: null, status: 'active' },
    { id: 'yx-daj', name: '市档案馆', kind: 'department', parentId: 'yx', status: 'active' },
  ],
  people: [{ id: 'p-lin', name: '林小红', status: 'active', memberships: [] }],
  positions: [],
}
const row = (id: string, card: string) => ({
  id,
  no: `NO-${id}`,
  title: `办件 ${id}`,
  matterId: 'm-a',
  orgId: 'yx-daj',
  regionId: 'yx',
  status: 'in-progress',
  card,
  submittedAt: '2026-03-02T01:00:00Z',
  finishedAt: null,
  promisedDeadline: '2026-03-04T16:00:00Z',
  handlingDays: null,
  onTime: null,
  returns: 0,
  online: true,
})

/** Answer the app's requests by path; `monitoring` decides the monitoring routes' answers. */
function mockApi(monitoring: (path: string) => { status: number; body: unknown }) {
  global.fetch = jest.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://x')
    const answer = url.pathname.startsWith('/api/monitoring/')
      ? monitoring(url.pathname + url.search)
      : url.pathname === '/api/me'
        ? { status: 200, body: ME }
        : url.pathname === '/api/directory'
          ? { status: 200, body: DIRECTORY }
          : url.pathname === '/api/matters'
            ? { status: 200, body: { total: 1, items: [{ id: 'm-a', name: '档案查阅', code: 'A' }] } }
            : { status: 404, body: { code: 'not-found', message: '未找到' } }
    // jsdom has no Response: the fields the API wrapper reads.
    return {
      ok: answer.status < 400,
      status: answer.status,
      statusText: String(answer.status),
      text: async () => JSON.stringify(answer.body),
    } as Response
  }) as typeof fetch
}

function show(path: string, lang: 'zh-CN' | 'en' = 'zh-CN') {
  return render(
    <I18nProvider initial={lang}>
      <SessionProvider>
        <Probe>
          <MemoryRouter
            initialEntries={[path]}
            future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
          >
            <Routes>
              <Route path="/monitoring" element={<MonitoringPage />} />
              <Route path="/monitoring/cases" element={<DrillDownPage />} />
              <Route path="/monitoring/cases/:caseId/trace" element={<CaseTracePage />} />
            </Routes>
          </MemoryRouter>
        </Probe>
      </SessionProvider>
    </I18nProvider>,
  )
}

/** Render the pages once the session (me + directory) is there, as the app's login guard does. */
function Probe(props: { children: React.ReactNode }) {
  const s = useSession()
  return s.me && s.directory ? <>{props.children}</> : <span>waiting</span>
}

describe('drill-down list', () => {
  it('lists the cases behind a figure with their yellow and red cards', async () => {
    mockApi((path) => {
      expect(path).toContain('measure=red')
      expect(path).toContain('orgId=yx-daj')
      return { status: 200, body: { total: 2, items: [row('c1', 'red'), row('c2', 'yellow')] } }
    })
    show('/monitoring/cases?orgId=yx-daj&measure=red')
    await waitFor(() => expect(screen.getAllByTestId('drill-row')).toHaveLength(2), WAIT)
    const cards = screen.getAllByTestId('deadline-card').map((c) => c.getAttribute('data-card'))
    expect(cards).toEqual(['red', 'yellow'])
    expect(screen.getByText('办件列表：红牌')).toBeTruthy()
    expect(screen.getByTestId('export-cases').getAttribute('href')).toBe(
      '/api/monitoring/export?table=cases&orgId=yx-daj&measure=red',
    )
    expect(screen.getAllByText('市档案馆').length).toBeGreaterThan(0)
  })

  it('says so when no case is behind the figure (English)', async () => {
    mockApi(() => ({ status: 200, body: { total: 0, items: [] } }))
    show('/monitoring/cases?measure=late', 'en')
    await screen.findByText('No case behind this figure', {}, WAIT)
    expect(screen.getByText('Cases: finished late')).toBeTruthy()
  })

  it('says "more than 1,000" when the server stopped counting', async () => {
    mockApi(() => ({
      status: 200,
      body: { total: 1000, totalCapped: true, items: [row('c1', 'red'), row('c2', 'none')] },
    }))
    show('/monitoring/cases?measure=late')
    await waitFor(() => expect(screen.getAllByTestId('drill-row')).toHaveLength(2), WAIT)
    expect(screen.getByTestId('drill-total').textContent).toBe('超过 1000 件，请用筛选缩小范围')
  })

  it('shows the server error with a retry', async () => {
    mockApi(() => ({ status: 500, body: { code: 'internal', message: '服务器内部错误' } }))
    show('/monitoring/cases')
    await screen.findByTestId('page-error', {}, WAIT)
    expect(screen.getByText('服务器内部错误')).toBeTruthy()
  })
})

describe('case trace page', () => {
  it('shows every step with who and where, the pause and the red card', async () => {
    mockApi(() => ({
      status: 200,
      body: {
        case: {
          id: 'c1',
          no: 'NO-c1',
          title: '办件 c1',
          matterId: 'm-a',
          status: 'in-progress',
          card: 'red',
          submittedAt: '2026-03-02T01:00:00Z',
          finishedAt: null,
          promisedDeadline: '2026-03-04T16:00:00Z',
          legalDeadline: null,
          handlingDays: null,
        },
        steps: [
          {
            taskId: 't1',
            nodeId: 'accept',
            nodeName: '受理',
            kind: 'approval',
            status: 'open',
            outcome: null,
            assigneeId: 'p-lin',
            assigneeName: '林小红',
            orgId: 'yx-daj-lyk',
            orgName: '档案利用科',
            actedForOrgId: 'yx-daj',
            actedForOrgName: '市档案馆',
            open: true,
            startedAt: '2026-03-02T01:00:00Z',
            completedAt: null,
            dueAt: null,
            card: 'red',
            workingDays: 3.5,
          },
        ],
        pauses: [{ from: '2026-03-03T01:00:00Z', to: null, open: true, workingDays: 1.25 }],
        now: '2026-03-06T13:00:00Z',
        events: [
          {
            seq: 1,
            type: 'case.submitted',
            at: '2026-03-02T01:00:00Z',
            actorId: null,
            nodeId: null,
            taskId: null,
          },
          {
            seq: 2,
            type: 'clock.paused',
            at: '2026-03-03T01:00:00Z',
            actorId: 'p-lin',
            nodeId: null,
            taskId: null,
          },
          { seq: 3, type: 'card.red', at: '2026-03-05T01:00:00Z', actorId: null, nodeId: null, taskId: null },
        ],
      },
    }))
    show('/monitoring/cases/c1/trace')
    await screen.findByTestId('trace-timeline', {}, WAIT)
    const step = screen.getByTestId('trace-step')
    expect(step.textContent).toContain('林小红')
    expect(step.textContent).toContain('档案利用科')
    expect(step.getAttribute('data-card')).toBe('red')
    expect(screen.getByTestId('trace-pauses')).toBeTruthy()
    expect(screen.getByTestId('trace-step-days').textContent).toContain('已用 3.5 个工作日')
    expect(screen.getByTestId('trace-acted-for').textContent).toBe('代市档案馆办理')
    expect(screen.getByTestId('trace-paused-days').textContent).toContain('计时暂停 1.25 个工作日')
    expect(screen.getByTestId('trace-pause').getAttribute('data-days')).toBe('1.25')
    expect(screen.getAllByTestId('trace-event').map((e) => e.getAttribute('data-type'))).toEqual([
      'case.submitted',
      'clock.paused',
      'card.red',
    ])
    expect(screen.getByText('亮红牌（已超期）')).toBeTruthy()
  })
})

const FIGURES = {
  total: 3,
  finished: 2,
  open: 1,
  onTime: 1,
  late: 1,
  onTimeRate: 0.5,
  avgDays: 2,
  p90Days: 3,
  returns: 0,
  returnedCases: 0,
  rejected: 0,
  onlineRate: 1,
  red: 0,
  yellow: 0,
}

describe('dashboard', () => {
  it("shows the server's scope label, the facts' refresh time and the late count the server sent", async () => {
    mockApi((path) => {
      if (path.startsWith('/api/monitoring/scope'))
        return {
          status: 200,
          body: { kind: 'region', orgIds: ['yx', 'yx-daj'], label: '云溪市', labelEn: 'Yunxi' },
        }
      if (path.startsWith('/api/monitoring/summary'))
        return { status: 200, body: { ...FIGURES, refreshedAt: '2026-03-06T01:00:00.000Z' } }
      if (path.startsWith('/api/monitoring/trend'))
        return {
          status: 200,
          body: {
            period: 'month',
            items: [
              { period: '2026-01-01', ...FIGURES },
              { period: '2026-02-01', ...FIGURES, total: 0, finished: 0, open: 0, onTime: 0, late: 0 },
            ],
          },
        }
      return { status: 200, body: { by: 'department', items: [] } }
    })
    show('/monitoring')
    await screen.findByTestId('monitoring-scope', {}, WAIT)
    expect(screen.getByTestId('monitoring-scope').textContent).toBe('查看范围：云溪市（区域监察）')
    await screen.findByTestId('monitoring-as-of', {}, WAIT)
    expect(screen.getByTestId('monitoring-as-of').textContent).toMatch(/^数据截至 2026-03-06/)
    await waitFor(() => expect(screen.getAllByTestId('cell-late').length).toBe(1), WAIT)
    expect(screen.getByTestId('cell-late').getAttribute('href')).toContain('measure=late')
  })

  it('says there is nothing to see when the server answers scope none', async () => {
    mockApi((path) =>
      path.startsWith('/api/monitoring/scope')
        ? { status: 200, body: { kind: 'none', orgIds: [], label: '无', labelEn: 'None' } }
        : { status: 403, body: { code: 'monitoring.no-scope', message: '没有可查看的监控范围' } },
    )
    show('/monitoring')
    await screen.findByTestId('monitoring-no-scope', {}, WAIT)
  })
})
