import { randomUUID } from 'node:crypto'
import { loadSamples } from '@tongban/examples'

/** A logged-in API session from Node (its own cookie jar), for building a history quickly. */
export class ApiSession {
  private cookies = new Map<string, string>()
  constructor(private readonly baseUrl: string) {}

  static async login(baseUrl: string, username: string, password: string): Promise<ApiSession> {
    const s = new ApiSession(baseUrl)
    await s.call('POST', '/api/auth/login', { username, password })
    return s
  }

  async call<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Cookie: this.cookieHeader(),
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    if (method === 'POST') {
      headers['Idempotency-Key'] = randomUUID()
      const csrf = this.cookies.get('tb_csrf')
      if (csrf) headers['X-CSRF-Token'] = decodeURIComponent(csrf)
    }
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const [k, ...v] = (pair ?? '').split('=')
      if (k) this.cookies.set(k.trim(), v.join('='))
    }
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 400)}`)
    return (text ? JSON.parse(text) : undefined) as T
  }

  /** Submit a case of the matter with the example submission's data (today's dates). */
  async submitSample(matterCode: string, matterId: string, index = 0): Promise<string> {
    const sample = loadSamples(matterCode)[index]
    if (!sample) throw new Error(`no sample ${matterCode}#${index}`)
    const data = { ...sample.data }
    delete data.applyDate
    if (Array.isArray(data.materials))
      data.materials = await Promise.all(
        (data.materials as Array<Record<string, unknown>>).map((m) => this.uploadPlaceholder(matterId, m)),
      )
    const c = await this.call<{ id: string }>('POST', '/api/cases', { matterId, data, submit: true })
    return c.id
  }

  /**
   * The samples name placeholder attachments (`sample-…`): upload a small PDF for each so the server
   * finds an attachment the applicant owns (kept as is while the server has no upload route).
   */
  private async uploadPlaceholder(
    matterId: string,
    m: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const name = typeof m.name === 'string' ? m.name : 'material.pdf'
    const form = new FormData()
    if (typeof m.materialId === 'string') form.append('materialId', m.materialId)
    form.append('file', new Blob(['%PDF-1.4\n% e2e placeholder\n%%EOF\n'], { type: 'application/pdf' }), name)
    const query = new URLSearchParams({
      matterId,
      ...(typeof m.materialId === 'string' ? { materialId: m.materialId } : {}),
    })
    const res = await fetch(`${this.baseUrl}/api/attachments?${query.toString()}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        Cookie: this.cookieHeader(),
        'X-CSRF-Token': decodeURIComponent(this.cookies.get('tb_csrf') ?? ''),
      },
      body: form,
    })
    if (res.status === 404) return m
    const text = await res.text()
    if (!res.ok) throw new Error(`POST /api/attachments: ${res.status} ${text.slice(0, 400)}`)
    const stored = JSON.parse(text) as { id: string; size: number }
    return { ...m, attachmentId: stored.id, size: stored.size }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  /** The caller's open task on the case (waits briefly: tasks appear as the engine advances). */
  async todoOn(caseId: string): Promise<string> {
    for (let i = 0; i < 20; i++) {
      const page = await this.call<{ items: Array<{ task?: { id: string }; case: { id: string } }> }>(
        'GET',
        '/api/tasks?box=todo&limit=100',
      )
      const hit = page.items.find((x) => x.case.id === caseId && x.task)
      if (hit?.task) return hit.task.id
      await new Promise((r) => setTimeout(r, 250))
    }
    throw new Error(`no open task on ${caseId}`)
  }

  async act(caseId: string, body: { action: string; comment?: string; target?: string }): Promise<void> {
    const taskId = await this.todoOn(caseId)
    await this.call('POST', `/api/tasks/${taskId}/actions`, body)
  }

  async caseStatus(caseId: string): Promise<string> {
    return (await this.call<{ case: { status: string } }>('GET', `/api/cases/${caseId}`)).case.status
  }
}

export interface MonitoringHistory {
  /** 档案查阅 accepted and provided: completed on time. */
  completed: string
  /** Returned to the applicant for 补正, resubmitted, then completed. */
  returned: string
  /** Rejected at acceptance. */
  rejected: string
  /** 溪城区 档案查阅, still open (county scope). */
  county: string
}

/**
 * A small history through the API: three 档案查阅 (YX-DA-001, accepted by 市档案馆) — one completed,
 * one returned for 补正 and then completed, one rejected — and one 溪城区 档案查阅 left open.
 */
export async function buildMonitoringHistory(baseUrl: string, password: string): Promise<MonitoringHistory> {
  const applicant = await ApiSession.login(baseUrl, 'zhangwei', password)
  const archivist = await ApiSession.login(baseUrl, 'linxiaohong', password)
  const county = await ApiSession.login(baseUrl, 'songtao', password)

  const completed = await applicant.submitSample('YX-DA-001', 'm-yx-da-001')
  const returned = await applicant.submitSample('YX-DA-001', 'm-yx-da-001')
  const rejected = await applicant.submitSample('YX-DA-001', 'm-yx-da-001')
  const open = await county.submitSample('XC-DA-001', 'm-xc-da-001')

  await archivist.act(completed, { action: 'approve', comment: '受理。' })
  await archivist.act(completed, { action: 'approve', comment: '已提供。' })

  await archivist.act(returned, { action: 'return', target: 'applicant', comment: '请补充查阅用途。' })
  await applicant.call('POST', `/api/cases/${returned}/actions`, { action: 'resubmit' })
  await archivist.act(returned, { action: 'approve', comment: '受理。' })
  await archivist.act(returned, { action: 'approve', comment: '已提供。' })

  await archivist.act(rejected, { action: 'reject', comment: '不属于馆藏范围。' })

  for (const [id, want] of [
    [completed, 'completed'],
    [returned, 'completed'],
    [rejected, 'rejected'],
  ] as const) {
    const status = await applicant.caseStatus(id)
    if (status !== want) throw new Error(`case ${id} is ${status}, expected ${want}`)
  }
  return { completed, returned, rejected, county: open }
}

/** Bring the monitoring fact tables up to date now (the server refreshes them every minute). */
export async function refreshMonitoring(baseUrl: string, password: string): Promise<void> {
  const admin = await ApiSession.login(baseUrl, 'wangjianguo', password)
  await admin.call('POST', '/api/monitoring/refresh')
}
