import crypto from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, loginAs, screenshot } from './support/browser'
import { e2eEnv } from './support/env'
import { fieldError, fillArchiveLookup, field, materialItem, uploadMaterial } from './support/forms'
import { openMatter, submitCase } from './support/flows'

const LETTER = '%PDF-1.4\n%单位介绍信 e2e\n'

describe('申请材料 and drafts', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a missing required material blocks submission on the checklist; uploads show size, checksum and download; a draft resumes from 我发起的', async () => {
    const env = e2eEnv()
    const { context, page } = await loginAs(browser, env, 'zhangwei')
    try {
      await openMatter(page, 'YX-DA-001')
      await fillArchiveLookup(page, { upload: false, detail: '草稿：编制城东片区规划，需查阅历年批复。' })

      // No 单位介绍信: submission is blocked and the checklist says what is missing.
      await page.getByTestId('submit-case').click()
      await fieldError(page, '上传材料').filter({ hasText: '缺少必需材料：单位介绍信' }).waitFor()
      expect(await page.getByTestId('materials-summary').textContent()).toContain('缺少必需材料：单位介绍信')
      expect(page.url()).toContain('/start/')

      // A type the material does not take is refused before anything is sent, in Chinese.
      const letter = materialItem(page, '单位介绍信')
      await uploadMaterial(page, '单位介绍信', { name: '介绍信.docx', refused: true })
      await letter
        .getByTestId('material-problem')
        .filter({ hasText: '只接受 pdf、jpg、png、ofd 格式的文件' })
        .waitFor()

      // A PDF uploads (unbound, before there is a case): name, size, checksum verified; remove works.
      let row = await uploadMaterial(page, '单位介绍信', { content: LETTER })
      await row.getByTestId('material-verified').waitFor()
      expect(await row.textContent()).toContain(`${Buffer.byteLength(LETTER)} B`)
      await letter.scrollIntoViewIfNeeded()
      await screenshot(page, 'desktop-materials')
      await row.getByTestId('material-remove').click()
      await row.waitFor({ state: 'detached' })
      await page.getByTestId('materials-summary').filter({ hasText: '缺少必需材料' }).waitFor()

      // Save a draft: the form reopens on the draft; uploads now go to the case itself.
      await page.getByTestId('save-draft').click()
      await page.getByText('草稿已保存').first().waitFor()
      await page.waitForURL(/[?&]draft=/)
      const draftId = new URL(page.url()).searchParams.get('draft') as string
      await page.locator('.tongban-form .ant-formily-item').first().waitFor()
      row = await uploadMaterial(page, '单位介绍信', { content: LETTER })
      await row.getByTestId('material-verified').waitFor()
      await expectDownload(page, row, LETTER)
      await page.getByTestId('save-draft').click()
      await page.getByText('草稿已保存').first().waitFor()

      // Later: 我发起的 lists the draft; it opens with what was typed and the uploaded letter.
      await page.goto('/inbox?box=started')
      const item = page.locator(`[data-testid="inbox-item"][data-case-id="${draftId}"]`)
      await item.waitFor()
      expect(await item.getAttribute('data-status')).toBe('draft')
      await item.click()
      await page.getByTestId('case-start-page').waitFor()
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('textarea')).some((t) => t.value.startsWith('草稿：')),
      )
      await materialItem(page, '单位介绍信')
        .locator('[data-testid="material-file"]', { hasText: '单位介绍信.pdf' })
        .waitFor()
      await screenshot(page, 'desktop-draft-resumed')

      // Submit it: the case page lists the letter, still downloadable.
      await field(page, '查阅用途说明').locator('textarea').fill('编制城东片区规划，需查阅历年批复。')
      const caseId = await submitCase(page)
      expect(caseId).toBe(draftId)
      await page.locator('[data-testid="case-detail-page"][data-status="in-progress"]').waitFor()
      const stored = page.locator('[data-testid="material-file"]', { hasText: '单位介绍信.pdf' })
      await stored.waitFor()
      await expectDownload(page, stored, LETTER)
      await stored.scrollIntoViewIfNeeded()
      await screenshot(page, 'desktop-case-materials')
    } finally {
      await context.close()
    }
  })
})

// helpers

/** The row's download link serves the same bytes, with the server's SHA-256 of them. */
async function expectDownload(page: Page, row: ReturnType<Page['locator']>, content: string): Promise<void> {
  const href = await row.getByTestId('material-download').getAttribute('href')
  expect(href).toMatch(/^\/api\/attachments\//)
  const got = await page.evaluate(async (url) => {
    const r = await fetch(url)
    return { status: r.status, text: await r.text(), sha: r.headers.get('x-content-sha256') }
  }, href as string)
  expect(got.status).toBe(200)
  expect(got.text).toBe(content)
  expect(got.sha).toBe(crypto.createHash('sha256').update(content).digest('hex'))
}
