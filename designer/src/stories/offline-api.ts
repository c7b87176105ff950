import { createApi, createHttpClient } from '../api'

/** An API whose every call fails as "server unavailable": components fall back to the samples. */
export const offlineApi = createApi(
  createHttpClient('', async () => {
    throw new TypeError('offline (story)')
  }),
)
