import { ApiError, createApi, createHttpClient, type Fetch } from './index'

function fakeFetch(status: number, body: unknown, seen: Array<{ url: string; init?: RequestInit }> = []): Fetch {
  return async (url, init) => {
    seen.push({ url, init })
    return new Response(body === undefined ? '' : JSON.stringify(body), { status })
  }
}

describe('api client', () => {
  it('builds query strings and parses JSON', async () => {
    const seen: Array<{ url: string; init?: RequestInit }> = []
    const api = createApi(createHttpClient('', fakeFetch(200, { items: [], total: 0 }, seen)))
    await expect(api.matters.list({ q: '档案', status: 'draft', limit: 10 })).resolves.toEqual({ items: [], total: 0 })
    expect(seen[0]!.url).toBe('/api/matters?q=%E6%A1%A3%E6%A1%88&status=draft&limit=10')
  })

  it('sends JSON bodies', async () => {
    const seen: Array<{ url: string; init?: RequestInit }> = []
    const api = createApi(createHttpClient('', fakeFetch(200, { user: { id: 'u1' } }, seen)))
    await api.auth.login({ username: 'admin', password: 'pw' })
    expect(seen[0]!.init?.method).toBe('POST')
    expect(JSON.parse(String(seen[0]!.init?.body))).toEqual({ username: 'admin', password: 'pw' })
  })

  it('saves drafts with the revision in If-Match', async () => {
    const seen: Array<{ url: string; init?: RequestInit }> = []
    const api = createApi(createHttpClient('', fakeFetch(200, { draftRevision: 4 }, seen)))
    await api.matters.saveDraft('m 1', { matter: {} } as never, 3)
    expect(seen[0]!.url).toBe('/api/matters/m%201/draft')
    expect(seen[0]!.init?.method).toBe('PUT')
    expect((seen[0]!.init?.headers as Record<string, string>)['if-match']).toBe('"3"')
  })

  it('turns the server error shape into ApiError', async () => {
    const api = createApi(createHttpClient('', fakeFetch(422, { code: 'matter.invalid', message: '无效', details: [1] })))
    const err = await api.matters.get('m1').catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ status: 422, code: 'matter.invalid', message: '无效', details: [1] })
    expect(err.unavailable).toBe(false)
  })

  it('reports a network failure as unavailable', async () => {
    const failing: Fetch = async () => {
      throw new TypeError('fetch failed')
    }
    const err = await createApi(createHttpClient('', failing)).auth.me().catch((e) => e)
    expect(err).toMatchObject({ status: 0, code: 'network' })
    expect(err.unavailable).toBe(true)
  })
})
