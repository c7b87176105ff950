/**
 * The one place the designer talks HTTP. Every error becomes an {@link ApiError} carrying the
 * server's `{ code, message, details }` shape, or a synthetic code for network failures.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** The endpoint does not exist (yet) or the server cannot be reached. */
  get unavailable(): boolean {
    // A bare 500 without the server's error body is the dev proxy failing to reach the server.
    const proxyFailure = this.status === 500 && this.code === 'http.500'
    return this.status === 0 || this.status === 404 || this.status === 502 || this.status === 503 || this.status === 504 || proxyFailure
  }
}

export type Query = Record<string, string | number | boolean | undefined>

export interface HttpOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Query
  body?: unknown
  /** Send `body` as is (a file upload) with this content type instead of JSON. */
  rawContentType?: string
  /** Read the answer as a Blob (a file download) instead of JSON. */
  responseType?: 'json' | 'blob'
  headers?: Record<string, string>
  signal?: AbortSignal
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

export interface HttpClient {
  request<T>(path: string, options?: HttpOptions): Promise<T>
}

/** Build a client; `fetchImpl` and `base` are injectable for tests and stories. */
export function createHttpClient(base = '', fetchImpl: Fetch = (i, init) => fetch(i, init)): HttpClient {
  return {
    async request<T>(path: string, options: HttpOptions = {}): Promise<T> {
      const url = base + path + queryString(options.query)
      const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
      const csrf = readCookie('tb_csrf')
      if (csrf) headers['x-csrf-token'] = csrf
      let body: BodyInit | undefined
      if (options.body !== undefined && options.rawContentType) {
        headers['content-type'] = options.rawContentType
        body = options.body as BodyInit
      } else if (options.body !== undefined) {
        headers['content-type'] = 'application/json'
        body = JSON.stringify(options.body)
      }
      let res: Response
      try {
        res = await fetchImpl(url, {
          method: options.method ?? 'GET',
          headers,
          body,
          credentials: 'same-origin',
          signal: options.signal,
        })
      } catch (err) {
        if ((err as Error)?.name === 'AbortError') throw err
        throw new ApiError(0, 'network', '无法连接服务器 / Cannot reach the server')
      }
      if (res.ok && options.responseType === 'blob') return (await res.blob()) as T
      const text = await res.text()
      const data = text ? safeJson(text) : undefined
      if (!res.ok) {
        const e = (data ?? {}) as { code?: string; message?: string; details?: unknown }
        throw new ApiError(res.status, e.code ?? `http.${res.status}`, e.message ?? res.statusText ?? 'HTTP error', e.details)
      }
      return data as T
    },
  }
}

// helpers //////////////////////

function queryString(query: Query | undefined): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v))
  const s = params.toString()
  return s ? `?${s}` : ''
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return { message: text.slice(0, 200) }
  }
}

function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined
  const hit = document.cookie.split('; ').find((c) => c.startsWith(name + '='))
  return hit ? decodeURIComponent(hit.slice(name.length + 1)) : undefined
}
