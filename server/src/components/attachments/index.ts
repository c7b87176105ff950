/** Attachments (申请材料): uploads, their binding to cases, and the purge of stale unbound uploads. */
export { attachmentRoutes, StoredAttachment } from './entry-points/http/attachment-routes'
export { checkUploadRefs, bindPendingUploads, type PendingUploads } from './domain/bind-uploads'
export { findUploadRefs, type UploadRef } from './domain/upload-refs'
export { purgeUnboundUploads, PURGE_UNBOUND_TASK, UNBOUND_TTL_MS } from './domain/purge-unbound'
