import { DEMO_PEOPLE } from '@tongban/examples'
import type { MatterBundle } from '@tongban/schemas'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { apiLogin, usernameOf, type ApiSession } from './support/api'
import { centreOf, dragTo, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { clickEdge, connect, dropNode, moveNode, nodeNamed, shapeCentre } from './support/flow-canvas'

// One matter designed from scratch in the browser, published, then a case of it run to the end
// through the API (the workbench has its own e2e suite for the applicant's and approvers' screens).

const env = e2eEnv()
const code = `E2E-JD-${Date.now().toString(36).toUpperCase()}`
let browser: Browser
let context: BrowserContext
let page: Page
let matterUrl = ''

beforeAll(async () => {
  browser = await launchBrowser()
  ;({ context, page } = await loginAs(browser, env, DEMO_PEOPLE.designer.username))
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

async function saved(p: Page): Promise<void> {
  await p.getByTestId('save').click()
  await p.locator('.ant-message-success', { hasText: '已保存' }).last().waitFor()
}

test('creates the matter with its standard elements', async () => {
  await page.getByTestId('new-matter').click()
  await page.locator('#code').fill(code)
  await page.locator('#name').fill('端到端测试：干部借调审批')
  await page.locator('#category').fill('人事管理')
  const org = page.getByTestId('new-matter-form').locator('.ant-form-item', { hasText: '受理单位' })
  await org.locator('.ant-select-selector').click()
  await org.locator('input').fill('标准化科')
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '标准化科' }).first().click()
  await page.locator('#regionId').fill('yx')
  await page.locator('.ant-modal:visible .ant-btn-primary').click()
  await page.getByTestId('matter-edit').waitFor()
  matterUrl = new URL(page.url()).pathname
  expect(matterUrl).toMatch(/^\/designer\/matters\/.+/)
  expect(await page.getByTestId('matter-name').inputValue()).toBe('端到端测试：干部借调审批')
})

test('adds three fields and a linkage rule in the form designer', async () => {
  await page.goto(`${matterUrl}/form`)
  const canvas = page.getByTestId('form-canvas')
  await canvas.waitFor()
  const fields: Array<[string, string, string]> = [
    ['component:NumberPicker', 'days', '借调天数'],
    ['component:Input', 'destination', '借调去向'],
    ['component:Input.TextArea', 'leaderNote', '分管领导说明'],
  ]
  for (const [palette, name, title] of fields) {
    const cards = page.locator('[data-testid^="field-"]')
    const before = await cards.count()
    const last = cards.nth(before - 1)
    const box = await last.boundingBox()
    if (!box) throw new Error('no last field card')
    await dragTo(page, await centreOf(page.getByTestId(`palette-${palette}`)), { x: box.x + box.width / 2, y: box.y + box.height - 4 })
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid^="field-"]').length > n,
      before,
    )
    await page.getByTestId('field-title').fill(title)
    const nameInput = page.getByTestId('field-panel').locator('.ant-form-item', { hasText: '字段名' }).locator('input')
    await nameInput.fill(name)
    await nameInput.blur()
    await page.getByTestId(`field-${name}`).waitFor()
  }
  await page.getByTestId('field-days').click()
  await page.getByTestId('field-required').click()
  // 分管领导说明 shows only when more than 30 days are asked for
  await page.getByTestId('field-leaderNote').click()
  await page.getByTestId('field-panel').getByText('联动规则').click()
  const linkage = page.getByTestId('linkage-editor')
  await linkage.getByRole('button', { name: '添加联动规则' }).click()
  const row = linkage.locator('.ant-space-item .ant-select').first()
  await row.click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '借调天数' }).click()
  await linkage.locator('.ant-select').nth(1).click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title=">"]').click()
  await linkage.locator('input.ant-input').first().fill('30')
  await expect(canvas.innerText()).resolves.toContain('借调去向')
  await screenshot(page, 'form-designer')
  await saved(page)
})

test('designs the flow, sees the missing default branch on the canvas, fixes it', async () => {
  await page.goto(`${matterUrl}/flow`)
  const end = nodeNamed(page, '办结')
  const approve = nodeNamed(page, '受理单位审批')
  await end.waitFor()
  // make room: remove 受理单位审批 → 办结 and move the end to the right
  await clickEdge(page, approve, end)
  await page.keyboard.press('Delete')
  await page.waitForFunction(() => document.querySelectorAll('.tb-flow-canvas .lf-edge:not(.lf-mini-map *)').length === 1)
  await moveNode(page, end, { x: 300, y: 0 })
  const a = await shapeCentre(approve)
  const e = await shapeCentre(end)

  await dropNode(page, 'exclusive', { x: a.x + 190, y: a.y })
  await page.getByTestId('node-name').fill('借调天数')
  await dropNode(page, 'approval', { x: (a.x + 190 + e.x) / 2, y: a.y - 100 })
  await page.getByTestId('node-name').fill('分管领导会签')
  await page.getByTestId('multi-mode').getByText('会签').click()
  await dropNode(page, 'approval', { x: (a.x + 190 + e.x) / 2, y: a.y + 100 })
  await page.getByTestId('node-name').fill('人事科审批')

  const split = nodeNamed(page, '借调天数')
  const leaders = nodeNamed(page, '分管领导会签')
  const hr = nodeNamed(page, '人事科审批')
  await connect(page, approve, split, 'right')
  await connect(page, split, leaders, 'top')
  await connect(page, split, hr, 'bottom')
  await connect(page, leaders, end, 'right')
  await connect(page, hr, end, 'right')

  await clickEdge(page, split, leaders)
  await page.getByTestId('edge-condition').fill('days > 30')

  // the deliberate error: a split without a default branch, marked on the node with its message
  const issues = page.getByTestId('issues-panel')
  await issues.getByText('默认分支').first().waitFor()
  await expect(split.locator('title').textContent()).resolves.toContain('默认分支')
  await screenshot(page, 'flow-designer-error')

  await clickEdge(page, split, hr)
  await page.getByTestId('edge-default').click()
  await issues.getByText('检查通过').waitFor()
  await split.locator('title').waitFor({ state: 'detached' })
  await page.locator('.tb-flow-canvas').click({ position: { x: 20, y: 20 } })
  await screenshot(page, 'flow-designer')
  await saved(page)
})

test('publishes the matter', async () => {
  await page.goto(matterUrl)
  await page.getByRole('tab', { name: '发布' }).click()
  const panel = page.getByTestId('publish-panel')
  await panel.getByText('全部检查通过').waitFor()
  await panel.getByTestId('publish').click()
  await panel.getByText('已发布 v1').waitFor()
})

test('a case of the published matter runs to the end through the API', async () => {
  const applicant = await apiLogin(env, DEMO_PEOPLE.archiveApplicant.username)
  const sessions: ApiSession[] = [applicant]
  try {
    const matters = await applicant.get<{ items: Array<{ id: string; code: string }> }>(`/api/matters?code=${code}`)
    const matter = matters.items.find((m) => m.code === code)
    expect(matter).toBeDefined()
    // what the browser designed is what was published: the fields, the linkage rule, the countersign
    const detail = await applicant.get<{ published: MatterBundle | null }>(`/api/matters/${encodeURIComponent(matter!.id)}`)
    const props = (detail.published?.form.schema.properties ?? {}) as Record<string, { 'x-component'?: string; 'x-reactions'?: unknown }>
    expect(props.days?.['x-component']).toBe('NumberPicker')
    expect(props.destination?.['x-component']).toBe('Input')
    expect(JSON.stringify(props.leaderNote?.['x-reactions'])).toContain('30')
    const countersign = detail.published?.flow.nodes.find((n) => n.name === '分管领导会签')
    expect(countersign && 'multi' in countersign ? countersign.multi : undefined).toMatchObject({ mode: 'all' })
    const started = await applicant.send<{ id: string }>(
      'POST',
      '/api/cases',
      { matterId: matter!.id, data: { reason: '项目攻坚需要', days: 45, destination: '市改革办', leaderNote: '已商定' }, submit: true },
      201,
    )
    const passed: string[] = []
    for (let step = 0; step < 6; step++) {
      const detail = await applicant.get<{ tasks: Array<{ id: string; nodeId: string; status: string; assigneeId: string }> }>(`/api/cases/${started.id}`)
      const open = detail.tasks.filter((t) => t.status === 'open')
      if (!open.length) break
      for (const task of open) {
        const approver = await apiLogin(env, usernameOf(task.assigneeId))
        sessions.push(approver)
        await approver.send('POST', `/api/tasks/${task.id}/actions`, { action: 'approve', comment: '同意。' })
        passed.push(task.nodeId)
      }
    }
    const done = await applicant.get<{ case: { status: string }; flow: { nodes: Array<{ id: string; name: string }> } }>(`/api/cases/${started.id}`)
    expect(done.case.status).toBe('completed')
    // 45 days > 30: the countersign branch, not the default one
    const names = passed.map((id) => done.flow.nodes.find((n) => n.id === id)?.name)
    expect([...new Set(names)]).toEqual(['受理单位审批', '分管领导会签'])
  } finally {
    for (const s of sessions) await s.close()
  }
})
