import type { Issue, Matter, MatterBundle, MatterStatus, Organisation, OrganisationRole, Person, PlatformRole } from '@tongban/schemas'

/**
 * Request and response bodies of the server API as the designer expects them. The server's
 * OpenAPI document is the authority; these are kept to what the designer reads.
 */
export interface SessionUser {
  id: string
  username: string
  name: string
  roles: PlatformRole[]
  orgId?: string
}

export interface LoginRequest {
  username: string
  password: string
}

export interface LoginResponse {
  user: SessionUser
  token?: string
}

export interface MatterSummary {
  id: string
  code: string
  name: string
  category: string
  acceptingOrgId: string
  acceptingOrgName?: string
  regionId: string
  regionName?: string
  status: MatterStatus
  version: number
  variantOf?: string
  updatedAt?: string
}

export interface MatterQuery {
  q?: string
  department?: string
  category?: string
  region?: string
  status?: MatterStatus
  page?: number
  pageSize?: number
}

export interface Page<T> {
  items: T[]
  total: number
}

/** A matter's editable draft; `publishedVersion` is 0 before the first publish. */
export interface MatterDraft {
  bundle: MatterBundle
  publishedVersion: number
  updatedAt?: string
}

export interface MatterVersion {
  version: number
  publishedAt: string
  publishedBy?: string
  notes?: string
}

export interface ValidationResult {
  ok: boolean
  issues: Issue[]
}

export type { Issue, Matter, MatterBundle, Organisation, OrganisationRole, Person }
