import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { SessionUser } from '../../api'
import { useApi } from '../../shared/ui/api-context'

type SessionStatus = 'checking' | 'signed-in' | 'signed-out' | 'offline'

interface Session {
  status: SessionStatus
  user?: SessionUser
  login(username: string, password: string): Promise<void>
  logout(): Promise<void>
}

const SessionContext = createContext<Session | null>(null)

/**
 * Who is signed in. When the server cannot be reached (or has no auth routes yet) the designer runs
 * in `offline` mode on sample data rather than locking the user out.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const [status, setStatus] = useState<SessionStatus>('checking')
  const [user, setUser] = useState<SessionUser>()
  useEffect(() => {
    api.auth.me().then(
      (me) => {
        setUser(me)
        setStatus('signed-in')
      },
      (err: { status?: number; unavailable?: boolean }) => setStatus(err.status === 401 ? 'signed-out' : 'offline'),
    )
  }, [api])
  const login = useCallback(
    async (username: string, password: string) => {
      await api.auth.login({ username, password })
      setUser(await api.auth.me())
      setStatus('signed-in')
    },
    [api],
  )
  const logout = useCallback(async () => {
    await api.auth.logout().catch(() => undefined)
    setUser(undefined)
    setStatus('signed-out')
  }, [api])
  const value = useMemo(() => ({ status, user, login, logout }), [status, user, login, logout])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside <SessionProvider>')
  return s
}
