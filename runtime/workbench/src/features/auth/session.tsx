import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { api } from '../../api/client'
import { ApiError, setUnauthenticatedHandler } from '../../api/http'
import type { Me } from '../../api/types'
import { createDirectoryLookup, type DirectoryLookup } from '../../shared/directory-lookup'

export interface Session {
  /** `undefined` while checking, `null` when logged out. */
  me: Me | null | undefined
  directory: DirectoryLookup | undefined
  error: unknown
  login(username: string, password: string): Promise<void>
  logout(): Promise<void>
  refresh(): void
}

const SessionContext = createContext<Session | undefined>(undefined)

/** Who is logged in (`/api/me`) and the directory for names and pickers (`/api/directory`). */
export function SessionProvider(props: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  const [directory, setDirectory] = useState<DirectoryLookup | undefined>()
  const [error, setError] = useState<unknown>()
  const [tick, setTick] = useState(0)

  useEffect(() => {
    setUnauthenticatedHandler(() => setMe(null))
  }, [])
  useEffect(() => {
    let live = true
    setError(undefined)
    api.me().then(
      (m) => live && setMe(m),
      (e: unknown) => {
        if (!live) return
        if (e instanceof ApiError && e.status === 401) setMe(null)
        else setError(e)
      },
    )
    return () => {
      live = false
    }
  }, [tick])
  useEffect(() => {
    if (!me) return
    let live = true
    api.directory().then(
      (doc) => live && setDirectory(createDirectoryLookup(doc)),
      (e: unknown) => live && setError(e),
    )
    return () => {
      live = false
    }
  }, [me])

  const login = useCallback(async (username: string, password: string) => {
    await api.login(username, password)
    setMe(await api.me())
  }, [])
  const logout = useCallback(async () => {
    try {
      await api.logout()
    } finally {
      setMe(null)
      setDirectory(undefined)
    }
  }, [])
  const refresh = useCallback(() => setTick((n) => n + 1), [])
  const value = useMemo<Session>(
    () => ({ me, directory, error, login, logout, refresh }),
    [me, directory, error, login, logout, refresh],
  )
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>
}

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside <SessionProvider>')
  return s
}

/** The logged-in session with its directory (pages behind the login guard). */
export function useReadySession(): { me: Me; directory: DirectoryLookup; logout(): Promise<void> } {
  const s = useSession()
  if (!s.me || !s.directory) throw new Error('useReadySession before the session is ready')
  return { me: s.me, directory: s.directory, logout: s.logout }
}
