import path from 'node:path'
import { Type, type Static } from '@sinclair/typebox'
import { validateAgainst } from '@tongban/schemas'

/** Everything the server reads from the environment, checked once at boot (fail fast). */
export const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  /** PostgreSQL server; absent → embedded PostgreSQL under `dataDir`. */
  databaseUrl: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  dataDir: Type.String({ minLength: 1 }),
  logLevel: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
  ),
  /** Body limit of JSON requests, in bytes. */
  jsonLimit: Type.Integer({ minimum: 1024 }),
  /** Cookies get `Secure` (behind TLS). */
  secureCookies: Type.Boolean(),
  sessionIdleMinutes: Type.Integer({ minimum: 1 }),
  sessionAbsoluteHours: Type.Integer({ minimum: 1 }),
  lockoutThreshold: Type.Integer({ minimum: 1 }),
  lockoutMinutes: Type.Integer({ minimum: 1 }),
  loginRateLimitPerMinute: Type.Integer({ minimum: 1 }),
  passwordMinLength: Type.Integer({ minimum: 8 }),
  /** Run the durable job worker (timers, webhooks) in this process. */
  runWorker: Type.Boolean(),
  workerConcurrency: Type.Integer({ minimum: 1, maximum: 50 }),
  /** Milliseconds between job polls (LISTEN/NOTIFY wakes the worker sooner). */
  workerPollMs: Type.Integer({ minimum: 50 }),
  /**
   * One-statement saves (task actions) in flight at once per process; saves arriving meanwhile go
   * together in the next statement (group commit, see SaveBatcher). 0: every save its own
   * statement, as many at once as the pool allows.
   */
  saveStatementsInFlight: Type.Integer({ minimum: 0, maximum: 64 }),
  /**
   * Milliseconds after which a save statement still running (waiting for a row lock another
   * transaction holds) stops holding up the saves behind it: they go in another statement.
   */
  saveStatementStallMs: Type.Integer({ minimum: 1 }),
  /** Seed the examples when the database is empty. */
  seedOnEmpty: Type.Boolean(),
  demoPassword: Type.Optional(Type.String({ minLength: 1 })),
  /** Built apps served by the server, when present. */
  workbenchDist: Type.String(),
  designerDist: Type.String(),
  oidc: Type.Optional(
    Type.Object({
      issuer: Type.String({ minLength: 1 }),
      clientId: Type.String({ minLength: 1 }),
      clientSecret: Type.String(),
      redirectUri: Type.String({ minLength: 1 }),
      usernameClaim: Type.String({ minLength: 1 }),
    }),
  ),
})
export type Config = Static<typeof ConfigSchema>

type Env = Record<string, string | undefined>

/**
 * Read and validate the configuration. Throws with every wrong variable named.
 * @example const config = loadConfig(process.env)
 */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const root = path.resolve(__dirname, '..', '..')
  const raw: Record<string, unknown> = {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    logLevel: env.LOG_LEVEL ?? 'info',
    jsonLimit: int(env.JSON_LIMIT_BYTES, 1024 * 1024),
    secureCookies: bool(env.SECURE_COOKIES, false),
    sessionIdleMinutes: int(env.SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: int(env.SESSION_ABSOLUTE_HOURS, 12),
    lockoutThreshold: int(env.LOCKOUT_THRESHOLD, 5),
    lockoutMinutes: int(env.LOCKOUT_MINUTES, 15),
    loginRateLimitPerMinute: int(env.LOGIN_RATE_LIMIT_PER_MINUTE, 30),
    passwordMinLength: int(env.PASSWORD_MIN_LENGTH, 10),
    runWorker: bool(env.RUN_WORKER, true),
    workerConcurrency: int(env.WORKER_CONCURRENCY, 4),
    workerPollMs: int(env.WORKER_POLL_MS, 2000),
    saveStatementsInFlight: int(env.SAVE_STATEMENTS_IN_FLIGHT, 1),
    saveStatementStallMs: int(env.SAVE_STATEMENT_STALL_MS, 50),
    seedOnEmpty: bool(env.SEED_ON_EMPTY, true),
    demoPassword: env.TONGBAN_DEMO_PASSWORD || undefined,
    workbenchDist: env.WORKBENCH_DIST ?? path.join(root, 'runtime', 'workbench', 'dist'),
    designerDist: env.DESIGNER_DIST ?? path.join(root, 'designer', 'dist'),
    oidc: env.OIDC_ISSUER
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID ?? '',
          clientSecret: env.OIDC_CLIENT_SECRET ?? '',
          redirectUri: env.OIDC_REDIRECT_URI ?? '',
          usernameClaim: env.OIDC_USERNAME_CLAIM ?? 'preferred_username',
        }
      : undefined,
    ...overrides,
  }
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key]
  const result = validateAgainst(ConfigSchema, raw)
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.path}: ${i.message} (${i.messageEn})`).join('\n')
    throw new Error(`配置无效 / invalid configuration:\n${lines}`)
  }
  return result.value
}

// helpers

function int(value: string | undefined, fallback: number): number | string {
  if (value === undefined || value === '') return fallback
  return /^-?\d+$/.test(value) ? Number(value) : value
}

function bool(value: string | undefined, fallback: boolean): boolean | string {
  if (value === undefined || value === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false
  return value
}
