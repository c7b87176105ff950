/** A tiny cookie-keeping HTTP client for API tests (real HTTP over loopback). */
export interface HttpResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export class ApiClient {
  private cookies = new Map<string, string>()
  csrf: string | undefined
  bearer: string | undefined

  constructor(readonly baseUrl: string) {}

  /** The session's `Cookie` header, for raw requests such as binary downloads. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  async login(username: string, password: string): Promise<HttpResponse> {
    const res = await this.post('/api/auth/login', { username, password })
    if (res.status === 200) this.csrf = res.body.csrfToken
    return res
  }

  get<T = any>(path: string, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    return this.request('GET', path, undefined, headers)
  }
  post<T = any>(
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResponse<T>> {
    return this.request('POST', path, body, headers)
  }
  put<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    return this.request('PUT', path, body, headers)
  }
  delete<T = any>(path: string, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    return this.request('DELETE', path, undefined, headers)
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { ...extra }
    if (body !== undefined && !(body instanceof Uint8Array)) headers['content-type'] ??= 'application/json'
    if (this.cookies.size) headers.cookie = this.cookieHeader()
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in extra)) headers['x-csrf-token'] = this.csrf
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : body instanceof Uint8Array ? body : JSON.stringify(body),
    })
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const [k, ...v] = (pair ?? '').split('=')
      if (!k) continue
      const value = v.join('=')
      if (value === '' || /Expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(k)
      else this.cookies.set(k, value)
    }
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed as T, headers: res.headers }
  }
}
