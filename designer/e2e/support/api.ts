import { loadDirectory } from '@tongban/examples'
import { request, type APIRequestContext } from 'playwright-core'

/** A logged-in API session for one person (own cookies, CSRF header on writes). */
export interface ApiSession {
  get<T = unknown>(path: string): Promise<T>
  send<T = unknown>(method: 'POST' | 'PUT', path: string, body: unknown, expect?: number): Promise<T>
  close(): Promise<void>
}

export async function apiLogin(env: { baseUrl: string; password: string }, username: string): Promise<ApiSession> {
  const ctx: APIRequestContext = await request.newContext({ baseURL: env.baseUrl, timeout: 60_000 })
  const res = await ctx.post('/api/auth/login', { data: { username, password: env.password } })
  if (!res.ok()) throw new Error(`login ${username}: ${res.status()} ${await res.text()}`)
  const csrf = async () => (await ctx.storageState()).cookies.find((c) => c.name === 'tb_csrf')?.value ?? ''
  return {
    async get<T>(path: string) {
      const r = await ctx.get(path)
      if (!r.ok()) throw new Error(`GET ${path}: ${r.status()} ${await r.text()}`)
      return (await r.json()) as T
    },
    async send<T>(method: 'POST' | 'PUT', path: string, body: unknown, expect?: number) {
      const r = await ctx.fetch(path, { method, data: body, headers: { 'X-CSRF-Token': decodeURIComponent(await csrf()) } })
      if (expect ? r.status() !== expect : !r.ok()) throw new Error(`${method} ${path}: ${r.status()} ${await r.text()}`)
      return (await r.json()) as T
    },
    close: () => ctx.dispose(),
  }
}

const people = loadDirectory().people

/** The login name of a directory person (every example person has an account). */
export function usernameOf(personId: string): string {
  const p = people.find((x) => x.id === personId)
  if (!p) throw new Error(`no person ${personId} in the example directory`)
  return p.username
}
