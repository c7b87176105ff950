import type { Principal } from '../../../libraries/auth/principal'
import type { RequestMeta } from '../../../libraries/http/request'
import type { AuditEntry } from '../data-access/audit-repository'

/** The actor/ip/request part of an audit record for a request by `principal`. */
/** `'system'` for work the platform does itself (seeding, timers). */
export function auditBase(
  principal: Principal | undefined | 'system',
  meta: RequestMeta,
): Pick<AuditEntry, 'actorId' | 'actorKind' | 'ip' | 'requestId'> {
  if (principal === 'system')
    return { actorId: null, actorKind: 'system', ip: meta.ip, requestId: meta.requestId }
  return {
    actorId: principal ? (principal.personId ?? principal.apiKeyId ?? null) : null,
    actorKind: principal ? principal.kind : 'anonymous',
    ip: meta.ip,
    requestId: meta.requestId,
  }
}
