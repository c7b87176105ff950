import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { createApi, type Api } from '../../api'

const ApiContext = createContext<Api | null>(null)

/** Provides the typed API client; stories and tests pass a fake one. */
export function ApiProvider({ api, children }: { api?: Api; children: ReactNode }) {
  const value = useMemo(() => api ?? createApi(), [api])
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>
}

export function useApi(): Api {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi outside <ApiProvider>')
  return api
}
