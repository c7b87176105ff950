import { archiveBundle } from './bundles'
import { PASSWORD, seedDirectory } from './fixtures'
import type { ApiClient } from './http-client'
import type { TestApp } from './test-app'

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
