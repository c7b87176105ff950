import type { Config } from '../../../config'
import { inTransaction, type Pool } from '../../../libraries/db'
import { AppError } from '../../../libraries/errors/app-error'
import type { RequestMeta } from '../../../libraries/http/request'
import { appendAudit } from '../../audit/data-access/audit-repository'
import { clearFailures, findCredentialByUsername, recordFailure } from '../data-access/credentials-repository'
import { insertSession } from '../data-access/session-repository'
import { verifyPassword } from './password'
import { randomToken, sha256 } from './tokens'

export interface NewSession {
  token: string
  csrfToken: string
  personId: string
  expiresInSeconds: number
}

const BAD_CREDENTIALS = () =>
  new AppError('invalid-credentials', '用户名或密码错误', 401, 'Wrong username or password')

/**
 * Check a username and password; on success open a session. Consecutive failures lock the
 * account for a while (the lock is not revealed to unknown usernames). Every attempt is audited.
 */
export async function loginWithPassword(
  pool: Pool,
  config: Config,
  input: { username: string; password: string },
  meta: RequestMeta & { userAgent: string | null },
): Promise<NewSession> {
  const cred = await findCredentialByUsername(pool, input.username)
  const audit = {
    actorKind: 'anonymous' as const,
    action: 'auth.login',
    ip: meta.ip,
    requestId: meta.requestId,
  }
  if (cred && cred.lockedUntil && cred.lockedUntil.getTime() > Date.now()) {
    await appendAudit(pool, {
      ...audit,
      actorId: cred.personId,
      targetType: 'person',
      targetId: cred.personId,
      outcome: 'failure',
      data: { reason: 'locked' },
    })
    throw new AppError(
      'account-locked',
      '账号因多次登录失败已被暂时锁定，请稍后再试',
      423,
      'Account temporarily locked after repeated failures',
      {
        lockedUntil: cred.lockedUntil.toISOString(),
      },
    )
  }
  const ok = await verifyPassword(cred?.passwordHash ?? null, input.password)
  if (!cred || !ok || cred.status !== 'active') {
    if (cred) {
      const { locked } = await recordFailure(
        pool,
        cred.personId,
        config.lockoutThreshold,
        config.lockoutMinutes,
      )
      await appendAudit(pool, {
        ...audit,
        actorId: cred.personId,
        targetType: 'person',
        targetId: cred.personId,
        outcome: 'failure',
        data: { reason: ok ? 'inactive' : 'password', locked },
      })
    } else {
      await appendAudit(pool, {
        ...audit,
        actorId: null,
        outcome: 'failure',
        data: { reason: 'unknown-user', username: input.username.slice(0, 60) },
      })
    }
    throw BAD_CREDENTIALS()
  }
  return openSession(pool, config, cred.personId, meta, 'password')
}

/** Open a session for a person already authenticated (password or OIDC). */
export async function openSession(
  pool: Pool,
  config: Config,
  personId: string,
  meta: RequestMeta & { userAgent: string | null },
  via: string,
): Promise<NewSession> {
  const token = randomToken()
  const csrfToken = randomToken(24)
  await inTransaction(pool, async (tx) => {
    await clearFailures(tx, personId)
    await insertSession(tx, {
      id: sha256(token),
      personId,
      csrfToken,
      absoluteHours: config.sessionAbsoluteHours,
      ip: meta.ip,
      userAgent: meta.userAgent,
      via,
    })
    await appendAudit(tx, {
      actorId: personId,
      actorKind: 'user',
      action: 'auth.login',
      targetType: 'person',
      targetId: personId,
      ip: meta.ip,
      requestId: meta.requestId,
      data: { via },
    })
  })
  return { token, csrfToken, personId, expiresInSeconds: config.sessionAbsoluteHours * 3600 }
}
