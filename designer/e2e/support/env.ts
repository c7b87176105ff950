/** Where the global setup's server listens, and the demo password it was seeded with. */
export function e2eEnv(): { baseUrl: string; password: string } {
  const baseUrl = process.env.TB_E2E_BASE_URL
  const password = process.env.TB_E2E_PASSWORD
  if (!baseUrl || !password)
    throw new Error('TB_E2E_BASE_URL / TB_E2E_PASSWORD not set: run through e2e/jest.e2e.config.cjs')
  return { baseUrl, password }
}
