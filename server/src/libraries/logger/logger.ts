import pino, { type Logger } from 'pino'

export type { Logger }

/**
 * The process logger. Credentials, tokens and cookies are redacted wherever they appear.
 * @example const log = createLogger('info'); log.info({ port }, 'listening')
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'tongban-server' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        'password',
        '*.password',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  })
}
