import { DEMO_PEOPLE } from '@tongban/examples'
import type { MatterBundle } from '@tongban/schemas'
import fs from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { apiLogin, usernameOf } from './support/api'
import { centreOf, cspViolations, dragTo, launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { clickEdge, connect, dropNode, moveNode, nodeNamed, shapeCentre } from './support/flow-canvas'
import { applyFor, approveFromTodo, formItem, submitCase, workbenchLogin } from './support/workbench'

// One matter designed from scratch in the browser, published, then a case of it started by a clerk
// and approved to the end on the workbench's own screens (served by the same server at `/`).

const env = e2eEnv()
const code = `E2E-JD-${Date.now().toString(36).toUpperCase()}`
let browser: Browser
let context: BrowserContext
let page: Page
let matterUrl = ''
/** The countersign's two signers, picked from the directory in the node's assignee rule. */
const SIGNERS = [DEMO_PEOPLE.secondmentLendingHead, DEMO_PEOPLE.secondmentOrgDept] as const

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
    // the canvas's cards only (the field panel's inputs have field-… test ids too)
    const cards = canvas.locator('[data-testid^="field-"]')
    const before = await cards.count()
    const box = await cards.nth(before - 1).boundingBox()
    if (!box) throw new Error('no last field card')
    await dragTo(page, await centreOf(page.getByTestId(`palette-${palette}`)), { x: box.x + box.width / 2, y: box.y + box.height - 4 })
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="form-canvas"] [data-testid^="field-"]').length > n,
      before,
    )
    await page.getByTestId('field-title').fill(title)
    const nameInput = page.getByTestId('field-panel').locator('.ant-form-item', { hasText: '字段名' }).locator('input')
    await nameInput.fill(name)
    await nameInput.blur()
    await page.getByTestId(`field-${name}`).waitFor()
  }
  // each was dropped on the lower half of the last card, so each comes after it, in order
  const order = await canvas.locator('[data-testid^="field-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
  expect(order.slice(-4)).toEqual(['field-reason', 'field-days', 'field-destination', 'field-leaderNote'])
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
  // two named signers, searched in the directory
  const panel = page.getByTestId('node-panel')
  await panel.locator('[data-testid^="assignee-rule-"] .ant-card-head .ant-select').first().click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '指定人员' }).click()
  const people = panel.getByTestId('person-select')
  for (const signer of SIGNERS) {
    await people.locator('.ant-select-selector').click()
    await people.locator('input').fill(signer.name)
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: signer.name }).first().click()
  }
  await page.keyboard.press('Escape')
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

test("previews both branches with the engine's own preview and exports BPMN 2.0 XML", async () => {
  await page.goto(`${matterUrl}/flow`)
  await nodeNamed(page, '分管领导会签').waitFor()
  await page.getByRole('tab', { name: '流程预测' }).click()
  const preview = page.getByTestId('preview-panel')
  const path = async (days: number) => {
    await preview.getByTestId('preview-data').fill(JSON.stringify({ reason: '借调', days, destination: '市改革办', leaderNote: '已商定' }))
    await preview.getByTestId('preview-run').click()
    await preview.locator('.ant-steps-item').first().waitFor()
    return (await preview.locator('.ant-steps-item-title').allTextContents()).join(' → ')
  }
  const long = await path(45)
  expect(long).toContain('分管领导会签')
  expect(long).not.toContain('人事科审批')
  await expect(preview.locator('.ant-steps-item', { hasText: '分管领导会签' }).innerText()).resolves.toMatch(new RegExp(`${SIGNERS[0].name}.*${SIGNERS[1].name}`))
  const short = await path(10)
  expect(short).toContain('人事科审批')
  expect(short).not.toContain('分管领导会签')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bpmn').click()])
  expect(download.suggestedFilename()).toBe(`${code}.bpmn`)
  const xml = fs.readFileSync(await download.path(), 'utf8')
  expect(xml).toContain('<bpmn:definitions')
  expect(xml).toContain('<bpmn:exclusiveGateway')
  expect(xml).toMatch(/<bpmn:userTask[^>]*name="分管领导会签"[\s\S]*?<bpmn:multiInstanceLoopCharacteristics/)
  expect(xml).toContain('days &gt; 30')
})

test('publishes the matter', async () => {
  await page.goto(matterUrl)
  await page.getByRole('tab', { name: '发布' }).click()
  const panel = page.getByTestId('publish-panel')
  await panel.getByText('全部检查通过').waitFor()
  await panel.getByTestId('publish').click()
  await panel.getByText('已发布 v1').waitFor()
})

test('the published bundle carries the designed fields, the linkage rule and the countersign', async () => {
  const api = await apiLogin(env, DEMO_PEOPLE.designer.username)
  try {
    const matters = await api.get<{ items: Array<{ id: string; code: string }> }>(`/api/matters?code=${code}`)
    const matter = matters.items.find((m) => m.code === code)
    expect(matter).toBeDefined()
    const detail = await api.get<{ published: MatterBundle | null }>(`/api/matters/${encodeURIComponent(matter!.id)}`)
    const props = (detail.published?.form.schema.properties ?? {}) as Record<string, { 'x-component'?: string; 'x-reactions'?: unknown }>
    expect(props.days?.['x-component']).toBe('NumberPicker')
    expect(props.destination?.['x-component']).toBe('Input')
    expect(JSON.stringify(props.leaderNote?.['x-reactions'])).toContain('30')
    const countersign = detail.published?.flow.nodes.find((n) => n.name === '分管领导会签')
    expect(countersign && 'multi' in countersign ? countersign.multi : undefined).toMatchObject({ mode: 'all' })
    expect(countersign && 'assignees' in countersign ? countersign.assignees : undefined).toEqual([
      { kind: 'person', personIds: [SIGNERS[0].id, SIGNERS[1].id] },
    ])
  } finally {
    await api.close()
  }
})

test('a clerk starts a case of it in the workbench; the approvers and both signers approve from 待办; the applicant sees it completed', async () => {
  const applicant = await workbenchLogin(browser, env, DEMO_PEOPLE.archiveApplicant.username)
  const api = await apiLogin(env, DEMO_PEOPLE.archiveApplicant.username)
  try {
    const { page: wb } = applicant
    await applyFor(wb, code)
    await formItem(wb, '申请事由').locator('textarea').fill('项目攻坚需要借调一名干部。')
    // the linkage rule: 分管领导说明 appears only once more than 30 days are asked for
    const note = formItem(wb, '分管领导说明')
    await expect(note.count()).resolves.toBe(0)
    const days = formItem(wb, '借调天数').locator('input')
    await days.fill('45')
    await days.blur()
    await note.locator('textarea').fill('已与借出单位商定。')
    await formItem(wb, '借调去向').locator('input').fill('市改革办')
    await screenshot(wb, 'workbench-designed-matter-form')
    const caseId = await submitCase(wb)

    // Each open task is approved by its assignee from their own 待办; the countersign needs both.
    const approvedBy: Array<[string, string]> = []
    for (let step = 0; step < 6; step++) {
      const detail = await api.get<{ tasks: Array<{ nodeId: string; status: string; assigneeId: string }>; flow: { nodes: Array<{ id: string; name: string }> } }>(
        `/api/cases/${encodeURIComponent(caseId)}`,
      )
      const open = detail.tasks.filter((t) => t.status === 'open')
      if (!open.length) break
      for (const task of open) {
        const approver = await workbenchLogin(browser, env, usernameOf(task.assigneeId))
        try {
          await approveFromTodo(approver.page, caseId)
        } finally {
          await approver.context.close()
        }
        approvedBy.push([detail.flow.nodes.find((n) => n.id === task.nodeId)?.name ?? task.nodeId, task.assigneeId])
      }
    }
    // 45 days > 30: the countersign branch (both signers), not the default one
    expect(approvedBy.map(([node]) => node)).toEqual(['受理单位审批', '分管领导会签', '分管领导会签'])
    expect(approvedBy.slice(1).map(([, who]) => who).sort()).toEqual([SIGNERS[0].id, SIGNERS[1].id].sort())

    await wb.goto('/inbox?box=started')
    const item = wb.locator(`[data-testid="inbox-item"][data-case-id="${caseId}"]`)
    await item.waitFor()
    await expect(item.getAttribute('data-status')).resolves.toBe('completed')
    await item.click()
    await wb.locator('[data-testid="case-detail-page"][data-status="completed"]').waitFor()
    await screenshot(wb, 'workbench-case-completed')
  } finally {
    await api.close()
    await applicant.context.close()
  }
})

test('no Content-Security-Policy violation was reported (the server sends the strict policy)', () => {
  expect(cspViolations).toEqual([])
})
