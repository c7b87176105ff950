import type { Browser, Page } from 'playwright-core'
import { DESKTOP, launchBrowser, loginAs, MOBILE, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import {
  ApiSession,
  buildMonitoringHistory,
  refreshMonitoring,
  type MonitoringHistory,
} from './support/monitoring-history'

interface Figures {
  total: number
  finished: number
  onTime: number
  returnedCases: number
  rejected: number
}

const ARCHIVE = 'm-yx-da-001'

/** Wait until a headline figure shows this value (figures load after the filter changes). */
async function expectKpi(page: Page, kpi: string, value: number | string): Promise<void> {
  await page.locator(`[data-testid="kpi-${kpi}"][data-value="${value}"]`).waitFor()
}

/** The page does not scroll sideways (tables scroll inside their own box). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)
}

/** The case ids a drill-down list shows (first page). */
async function listedCases(page: Page): Promise<string[]> {
  await page.locator('[data-testid="drill-total"], [data-testid="page-empty"]').first().waitFor()
  return page
    .locator('[data-testid="drill-row"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-id') ?? ''))
}

describe('监控分析: dashboard, drill-down and case trace against a history built through the API', () => {
  let browser: Browser
  let history: MonitoringHistory
  let before: Figures
  const env = () => e2eEnv()

  beforeAll(async () => {
    browser = await launchBrowser()
    const { baseUrl, password } = env()
    // Baseline of the city supervisor's figures for 档案查阅 (other scenarios create such cases too).
    await refreshMonitoring(baseUrl, password)
    const supervisor = await ApiSession.login(baseUrl, 'sunlixin', password)
    before = await supervisor.call<Figures>('GET', `/api/monitoring/summary?matterId=${ARCHIVE}`)
    history = await buildMonitoringHistory(baseUrl, password)
    await refreshMonitoring(baseUrl, password)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a supervisor sees figures matching the history, drills down to the cases and opens a trace', async () => {
    const { context, page } = await loginAs(browser, env(), 'sunlixin', DESKTOP)
    try {
      await page.getByTestId('nav-monitoring').click()
      await page.getByTestId('monitoring-page').waitFor()
      expect(await page.getByTestId('monitoring-scope').getAttribute('data-scope')).toBe('region')
      await page.locator('[data-testid="chart-trend"] canvas').waitFor()

      // Filter to 档案查阅 through the matter picker.
      await page.locator('[data-testid="filter-matter"] .ant-select-selector').click()
      await page.keyboard.type('YX-DA-001')
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'YX-DA-001' })
        .click()
      await page.waitForURL(/matterId=m-yx-da-001/)
      await expectKpi(page, 'total', before.total + 3)
      await expectKpi(page, 'rejected', before.rejected + 1)
      await expectKpi(page, 'returnedCases', before.returnedCases + 1)
      // Every finished case of the history finished on time: the late count does not move.
      await expectKpi(page, 'late', before.finished - before.onTime)
      // The department breakdown and ranking show 市档案馆 with the same volume.
      const row = page.locator('[data-testid="breakdown-table"] tr[data-row-key="yx-daj"]')
      await row.waitFor()
      expect(await row.getByTestId('cell-total').textContent()).toBe(String(before.total + 3))
      await page.locator('[data-testid="ranking-table"] tr[data-row-key="yx-daj"]').waitFor()
      await page.locator('[data-testid="nodes-table"] [data-testid="node-link"]').first().waitFor()
      await page.locator('[data-testid="chart-breakdown"] canvas').waitFor()
      await screenshot(page, 'desktop-monitoring')

      // Excel export of a table: the server streams an xlsx under the same filter.
      const href = await page.getByTestId('export-breakdown').getAttribute('href')
      expect(href).toContain('table=breakdown')
      expect(href).toContain(`matterId=${ARCHIVE}`)
      const xlsx = await page.request.get(href as string)
      expect(xlsx.status()).toBe(200)
      expect(xlsx.headers()['content-type']).toContain('spreadsheetml')
      expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK')

      // 驳回 → the rejected case is in the list behind the figure.
      await page.getByTestId('kpi-rejected').click()
      await page.locator('[data-testid="drill-down-page"][data-measure="rejected"]').waitFor()
      expect(await listedCases(page)).toContain(history.rejected)
      expect(await page.getByTestId('drill-total').getAttribute('data-total')).toBe(
        String(before.rejected + 1),
      )
      expect(await listedCases(page)).not.toContain(history.completed)

      // 被退回 → the returned case; its row opens the trace.
      await page.getByTestId('back-to-dashboard').click()
      await page.getByTestId('kpi-returnedCases').click()
      await page.locator('[data-testid="drill-down-page"][data-measure="returned"]').waitFor()
      expect(await listedCases(page)).toContain(history.returned)
      await screenshot(page, 'desktop-monitoring-drill')
      await page.locator(`[data-testid="drill-row"][data-case-id="${history.returned}"]`).click()

      await page.getByTestId('case-trace-page').waitFor()
      await page.getByTestId('trace-timeline').waitFor()
      expect(await page.getByTestId('trace-returns').textContent()).toBe('1')
      const events = await page
        .locator('[data-testid="trace-event"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))
      expect(events).toEqual(
        expect.arrayContaining(['case.submitted', 'case.returned', 'case.resubmitted', 'case.completed']),
      )
      // accept (returned) → the applicant's correction → accept → provide: every step with who and where.
      const steps = page.locator('[data-testid="trace-step"]')
      expect(await steps.count()).toBeGreaterThanOrEqual(4)
      const stepText = await steps.allTextContents()
      expect(stepText.join(' ')).toContain('林小红')
      expect(stepText.join(' ')).toContain('张伟')
      expect(await page.getByTestId('trace-departments').textContent()).toContain('档案')
      expect(await page.locator('[data-testid="trace-bar"]').count()).toBe(await steps.count())
      await screenshot(page, 'desktop-trace')
    } finally {
      await context.close()
    }
  })

  it('scopes: a 分管领导 sees only their department, a county supervisor only the county, a clerk no menu', async () => {
    // 马丽 leads 市档案馆: the 档案查阅 cases are hers, the 溪城区 one is not.
    const leader = await loginAs(browser, env(), 'mali', DESKTOP)
    try {
      await leader.page.getByTestId('nav-monitoring').click()
      await leader.page.getByTestId('monitoring-page').waitFor()
      expect(await leader.page.getByTestId('monitoring-scope').getAttribute('data-scope')).toBe('department')
      expect(await leader.page.getByTestId('monitoring-scope').textContent()).toContain('档案馆')
      await leader.page.getByTestId('kpi-total').click()
      const seen = await listedCases(leader.page)
      expect(seen).toContain(history.rejected)
      expect(seen).not.toContain(history.county)
      // Not even the trace of a case outside the scope (404, no hint it exists).
      await leader.page.goto(`/monitoring/cases/${history.county}/trace`)
      await leader.page.getByTestId('page-error').waitFor()
    } finally {
      await leader.context.close()
    }

    const county = await loginAs(browser, env(), 'qianfang', DESKTOP)
    try {
      await county.page.goto('/monitoring/cases?measure=all')
      const seen = await listedCases(county.page)
      expect(seen).toContain(history.county)
      expect(seen).not.toContain(history.completed)
      await county.page.goto('/monitoring')
      expect(await county.page.getByTestId('monitoring-scope').getAttribute('data-scope')).toBe('region')
      expect(await county.page.getByTestId('monitoring-scope').textContent()).toContain('溪城区')
      // English on demand: the page, its figures and the scope follow.
      await county.page.getByTestId('switch-language').click()
      await county.page.getByText('Monitoring & analysis').first().waitFor()
      expect(await county.page.getByTestId('monitoring-scope').textContent()).toBe(
        'Scope: 溪城区 (region supervision)',
      )
    } finally {
      await county.context.close()
    }

    // The administrator (who sees everything) reaches the trace from the case page.
    const admin = await loginAs(browser, env(), 'wangjianguo', DESKTOP)
    try {
      await admin.page.goto(`/cases/${history.returned}`)
      await admin.page.getByTestId('case-detail-page').waitFor()
      await admin.page.getByTestId('open-trace').click()
      await admin.page.getByTestId('trace-timeline').waitFor()
      expect(await admin.page.getByTestId('trace-case-no').textContent()).toMatch(/^YX-DA-001-/)
    } finally {
      await admin.context.close()
    }

    const clerk = await loginAs(browser, env(), 'zhangwei', DESKTOP)
    try {
      expect(await clerk.page.getByTestId('nav-monitoring').count()).toBe(0)
      await clerk.page.goto(`/cases/${history.returned}`)
      await clerk.page.getByTestId('case-detail-page').waitFor()
      expect(await clerk.page.getByTestId('open-trace').count()).toBe(0)
    } finally {
      await clerk.context.close()
    }
  })

  it('works at 375 px: the dashboard and the trace do not scroll sideways', async () => {
    const { context, page } = await loginAs(browser, env(), 'sunlixin', MOBILE)
    try {
      await page.getByTestId('nav-monitoring').click()
      await page.getByTestId('monitoring-page').waitFor()
      await page.goto(`/monitoring?matterId=${ARCHIVE}`)
      await expectKpi(page, 'total', before.total + 3)
      await page.locator('[data-testid="chart-trend"] canvas').waitFor()
      expect(await fitsWidth(page)).toBe(true)
      // The header's three links end before its buttons (消息, language, logout) begin.
      const links = await page.getByTestId('nav-monitoring').boundingBox()
      const bell = await page.getByTestId('notifications').boundingBox()
      expect(links!.x + links!.width).toBeLessThanOrEqual(bell!.x)
      await screenshot(page, 'mobile-monitoring')
      await page.goto(`/monitoring/cases/${history.returned}/trace`)
      await page.getByTestId('trace-timeline').waitFor()
      expect(await fitsWidth(page)).toBe(true)
      await screenshot(page, 'mobile-trace')
    } finally {
      await context.close()
    }
  })
})
