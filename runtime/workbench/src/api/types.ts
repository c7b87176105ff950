import type {
  AttachmentRef,
  CaseEvent,
  CaseRecord,
  CaseStatus,
  Card,
  FlowDocument,
  FlowLayout,
  FormDocument,
  Material,
  MatterBundle,
  TaskRecord,
} from '@tongban/schemas'

/** `GET /api/me`. */
export interface Me {
  kind: 'user' | 'api-key'
  personId: string | null
  username: string
  name: string
  roles: string[]
  orgIds: string[]
  primaryOrgId: string | null
  regionIds: string[]
  orgRoles: Array<{ role: string; orgId: string }>
  permissions: string[]
}

/** One row of `GET /api/matters`. */
export interface MatterSummary {
  id: string
  code: string
  regionId: string
  name: string
  category: string
  acceptingOrgId: string
  status: 'draft' | 'published' | 'retired'
  currentVersion: number
  updatedAt: string
}

/** `GET /api/matters/:id`. */
export interface MatterDetail extends MatterSummary {
  published: MatterBundle | null
}

export interface Page<T> {
  total: number
  limit?: number
  offset?: number
  items: T[]
}

export type Box = 'todo' | 'done' | 'started' | 'cc'
/** `GET /api/tasks/counts`: each box, and the 抄送 not yet read (older servers: absent). */
export type BoxCounts = Record<Box, number> & { ccUnread?: number }

/** The case summary inside inbox rows. */
export interface CaseSummary {
  id: string
  no: string
  title: string
  matterId: string
  matterCode: string
  status: CaseStatus
  card: Card
  applicantId: string
  applicantOrgId: string
  currentNodeIds: string[]
  createdAt: string
  submittedAt?: string | null
  promisedDeadline?: string | null
}

export interface InboxItem {
  task?: TaskRecord
  case: CaseSummary
}

/** One material of a case: the matter's definition, its files, whether it is satisfied. */
export type MaterialStatus = Material & {
  attachments?: Array<AttachmentRef & { url?: string }>
  satisfied?: boolean
  missing?: boolean
}

/** `GET /api/cases/:id`. */
export interface CaseDetail {
  case: CaseRecord
  matter: { id: string; code: string; name: string; version: number }
  /** The pinned version's 申请材料 with the case's files for each (older servers: absent). */
  materials?: MaterialStatus[]
  form: FormDocument
  flow: {
    nodes: FlowDocument['nodes']
    edges: FlowDocument['edges']
    settings?: FlowDocument['settings']
    layout: FlowLayout | null
  }
  currentNodeIds: string[]
  tasks: TaskRecord[]
  timeline: CaseEvent[]
  /** The viewer's open task (never a 抄送), the fields it edits, and the viewer's unread 抄送 on the case. */
  viewer: { openTaskId: string | null; editableFields: string[]; unreadCcTaskIds?: string[] }
}

export type TaskAction =
  | 'approve'
  | 'reject'
  | 'return'
  | 'transfer'
  | 'delegate'
  | 'resolve'
  | 'add-signer'
  | 'comment'
  | 'withdraw'
  | 'cc'

export interface TaskActionRequest {
  action: TaskAction
  comment?: string
  data?: Record<string, unknown>
  target?: string
  to?: string
  personIds?: string[]
  position?: 'before' | 'after'
}

export type CaseAction = 'submit' | 'resubmit' | 'withdraw' | 'cancel' | 'urge' | 'comment' | 'update-data'

export interface CaseActionRequest {
  action: CaseAction
  comment?: string
  data?: Record<string, unknown>
}

/**
 * An uploaded file as the server stored it (`AttachmentRef`: `POST /api/attachments` and
 * `POST /api/cases/:id/attachments` answer the same shape).
 */
export interface StoredAttachment {
  id: string
  name: string
  materialId?: string
  size?: number
  sha256?: string
  contentType?: string
  url?: string
}

/** `GET /api/notifications` item: what the engine notified the person of, on which case. */
export interface Notification {
  id: number
  caseId: string | null
  taskId: string | null
  reason: string
  message: string
  messageEn: string | null
  createdAt: string
  readAt: string | null
  caseNo: string | null
  caseTitle: string | null
}
