import type { HttpClient } from './http'
import type { LoginRequest, LoginResponse, SessionUser } from './types'

export function authApi(http: HttpClient) {
  return {
    login: (body: LoginRequest) => http.request<LoginResponse>('/api/auth/login', { method: 'POST', body }),
    logout: () => http.request<void>('/api/auth/logout', { method: 'POST' }),
    me: () => http.request<SessionUser>('/api/me'),
  }
}
