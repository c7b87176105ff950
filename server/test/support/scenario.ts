import { archiveBundle } from './bundles'
import { PASSWORD, seedDirectory } from './fixtures'
import type { ApiClient } from './http-client'
import type { Config } from '../../src/config'
import { startTestApp, type TestApp } from './test-app'

/** Directory + the archive matter published; returns logged-in clients by username. */
export async function publishedArchive(t: TestApp): Promise<(username: string) => Promise<ApiClient>> {
  await seedDirectory(t.pool)
  const as = async (username: string) => {
    const c = t.client()
    const res = await c.login(username, PASSWORD)
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`)
    return c
  }
  const designer = await as('designer')
  const created = await designer.post('/api/matters', archiveBundle())
  if (created.status !== 201) throw new Error(`create matter: ${JSON.stringify(created.body)}`)
  const published = await designer.post('/api/matters/archive-lookup/publish', {})
  if (published.status !== 201) throw new Error(`publish: ${JSON.stringify(published.body)}`)
  return as
}

/**
 * For a test file: a fresh app with the directory and the archive matter published before its
 * tests, closed after them. `suite.t` is the app; `suite.as(username)` a logged-in client.
 */
export function archiveSuite(overrides: Partial<Config> = {}): {
  readonly t: TestApp
  as(username: string): Promise<ApiClient>
} {
  let app: TestApp | undefined
  let login: ((username: string) => Promise<ApiClient>) | undefined
  beforeAll(async () => {
    app = await startTestApp(overrides)
    login = await publishedArchive(app)
  })
  afterAll(async () => {
    await app?.close()
  })
  return {
    get t() {
      if (!app) throw new Error('archiveSuite(): the app starts in beforeAll')
      return app
    },
    as: (username) => {
      if (!login) throw new Error('archiveSuite(): the app starts in beforeAll')
      return login(username)
    },
  }
}
