import { authApi } from './auth-api'
import { calendarsApi } from './calendars-api'
import { directoryApi } from './directory-api'
import { createHttpClient, type HttpClient } from './http'
import { mattersApi } from './matters-api'

export { ApiError, createHttpClient, type HttpClient, type Fetch } from './http'
export type { DirectoryApi } from './directory-api'
export type { CalendarsApi } from './calendars-api'
export * from './types'

/** The typed API, one group per server component. */
export function createApi(http: HttpClient = createHttpClient()) {
  return { auth: authApi(http), matters: mattersApi(http), directory: directoryApi(http), calendars: calendarsApi(http) }
}
export type Api = ReturnType<typeof createApi>
