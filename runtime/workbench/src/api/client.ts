import type { CaseRecord, DirectoryDocument, TaskRecord } from '@tongban/schemas'
import { request } from './http'
import { uploadAttachment } from './upload'
import type {
  Box,
  BoxCounts,
  CaseActionRequest,
  CaseDetail,
  InboxItem,
  MatterDetail,
  MatterSummary,
  Me,
  Notification,
  Page,
  TaskActionRequest,
} from './types'

/** The typed Tongban API the workbench uses (one function per route). */
export const api = {
  login: (username: string, password: string) =>
    request<{ personId: string; csrfToken: string }>('/api/auth/login', {
      method: 'POST',
      body: { username, password },
    }),
  logout: () => request<void>('/api/auth/logout', { method: 'POST' }),
  me: () => request<Me>('/api/me'),
  directory: () => request<DirectoryDocument>('/api/directory'),
  matters: (
    query: { q?: string; department?: string; category?: string; limit?: number; offset?: number } = {},
  ) => request<Page<MatterSummary>>('/api/matters', { query: { status: 'published', limit: 200, ...query } }),
  matter: (id: string) => request<MatterDetail>(`/api/matters/${encodeURIComponent(id)}`),
  startCase: (body: { matterId: string; data: Record<string, unknown>; submit: boolean }) =>
    request<CaseRecord>('/api/cases', { method: 'POST', body }),
  caseDetail: (id: string) => request<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`),
  caseAction: (id: string, body: CaseActionRequest) =>
    request<unknown>(`/api/cases/${encodeURIComponent(id)}/actions`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey() },
    }),
  tasks: (query: {
    box: Box
    q?: string
    card?: string
    status?: string
    matterId?: string
    /** 抄送我的: the unread only. */
    unread?: '1'
    limit?: number
    offset?: number
  }) => request<Page<InboxItem>>('/api/tasks', { query }),
  taskCounts: () => request<BoxCounts>('/api/tasks/counts'),
  /** 站内消息: the newest (with the case number and title) and how many are unread. */
  notifications: (limit = 10) =>
    request<{ unread: number; items: Notification[] }>('/api/notifications', { query: { limit } }),
  markNotificationRead: (id: number) => request<void>(`/api/notifications/${id}/read`, { method: 'POST' }),
  markAllNotificationsRead: () => request<{ marked: number }>('/api/notifications/read-all', { method: 'POST' }),
  /** 全部已阅: the caller's unread 抄送 (up to 500 a call; `more` says some are left). */
  markAllCcRead: () => request<{ marked: number; more: boolean }>('/api/tasks/read-all', { method: 'POST', body: {} }),
  /** 已阅: the caller's own 抄送 (repeating it changes nothing). */
  markCcRead: (taskId: string) =>
    request<{ task: TaskRecord }>(`/api/tasks/${encodeURIComponent(taskId)}/read`, { method: 'POST', body: {} }),
  taskAction: (taskId: string, body: TaskActionRequest) =>
    request<unknown>(`/api/tasks/${encodeURIComponent(taskId)}/actions`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey() },
    }),
  /** Upload one material file (see `upload.ts`: progress, unbound or to the case). */
  /** Delete one's own upload that no saved case holds yet (404 / 409 otherwise). */
  deleteUpload: (attachmentId: string) =>
    request<void>(`/api/attachments/${encodeURIComponent(attachmentId)}`, { method: 'DELETE' }),
  uploadAttachment: (file: File, materialId?: string, caseId?: string) =>
    uploadAttachment({ file, ...(materialId ? { materialId } : {}), ...(caseId ? { caseId } : {}) }),
}

// helpers

/** A fresh key per click: a retried request (network hiccup) is not applied twice by the server. */
function idempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`
}
