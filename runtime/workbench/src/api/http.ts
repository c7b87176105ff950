/** A failed API call, in the server's one error shape `{code, message, details}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** Field errors of a 422 (`details.errors[{path, message}]`). */
  get fieldErrors(): Array<{ path: string; code?: string; message: string; messageEn?: string }> {
    const list = this.details.errors
    return Array.isArray(list)
      ? (list as Array<{ path: string; code?: string; message: string; messageEn?: string }>)
      : []
  }

  /**
   * Someone else acted first: a version conflict (409), or the task closed meanwhile (the engine
   * answers a closed task with 404 `task.not-found`).
   */
  get isConflict(): boolean {
    return this.status === 409 || (this.status === 404 && this.code === 'task.not-found')
  }

  /** English message when the server sent one. */
  get messageEn(): string | undefined {
    return typeof this.details.messageEn === 'string' ? this.details.messageEn : undefined
  }
}

/** Called on any 401 (session gone): the app goes back to the login page. */
let onUnauthenticated: () => void = () => {}
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler
}

const CSRF_COOKIE = 'tb_csrf'

/** The session's CSRF token: the server sets it in a readable cookie and wants it back in a header. */
export function csrfToken(
  cookie: string = typeof document === 'undefined' ? '' : document.cookie,
): string | undefined {
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='))
  }
  return undefined
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  body?: unknown
  query?: Record<string, string | number | undefined>
  headers?: Record<string, string>
}

/**
 * JSON request to the Tongban API with the session cookie and CSRF header; throws {@link ApiError}.
 * @example const me = await request<Me>('/api/me')
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  let body: BodyInit | undefined
  if (options.body instanceof FormData || options.body instanceof Blob) body = options.body
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  if (method !== 'GET') {
    const token = csrfToken()
    if (token) headers['X-CSRF-Token'] = token
  }
  const res = await fetch(withQuery(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
  })
  const text = await res.text()
  const json = text ? safeJson(text) : undefined
  if (!res.ok) {
    // A failed login is a wrong password, not a lost session.
    throw apiError(res.status, res.statusText, json, path !== '/api/auth/login')
  }
  return json as T
}

/**
 * The {@link ApiError} of a failed answer (`{code, message, details}`), for transports other than
 * `request` (the upload's XMLHttpRequest). A 401 also sends the app back to the login page.
 */
export function apiError(status: number, statusText: string, json: unknown, sessionCall = true): ApiError {
  if (status === 401 && sessionCall) onUnauthenticated()
  const e = (json ?? {}) as { code?: string; message?: string; details?: Record<string, unknown> }
  return new ApiError(status, e.code ?? `http-${status}`, e.message ?? statusText, e.details ?? {})
}

/** Parse a response body that should be JSON; a plain-text answer becomes `{message}`. */
export function parseBody(text: string): unknown {
  return text ? safeJson(text) : undefined
}

/** Build `path?query` leaving out empty values. */
export function withQuery(path: string, query?: RequestOptions['query']): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v))
  const s = params.toString()
  return s ? `${path}?${s}` : path
}

// helpers

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return { message: text.slice(0, 200) }
  }
}
