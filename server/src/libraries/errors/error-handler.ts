import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Logger } from '../logger/logger'
import { requestIdOf } from '../http/request-logger'
import { AppError } from './app-error'

/** The body of every error response. */
export interface ErrorBody {
  code: string
  message: string
  details: Record<string, unknown>
}

export function errorBody(err: AppError): ErrorBody {
  return { code: err.code, message: err.message, details: { ...err.details, messageEn: err.messageEn } }
}

/** Unknown routes under /api share the error shape. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(
    new AppError(
      'not-found',
      `接口不存在: ${req.method} ${req.path}`,
      404,
      `No such route: ${req.method} ${req.path}`,
    ),
  )
}

/** The single error handler: AppErrors map to their status; parser errors to 400/413; the rest to 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const appError = toAppError(err)
    if (appError.httpStatus >= 500) logger.error({ err, reqId: requestIdOf(req) }, 'request failed')
    if (res.headersSent) return
    res.status(appError.httpStatus).json(errorBody(appError))
  }
}

// helpers

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err
  const e = err as { type?: string; status?: number; code?: string }
  if (e?.type === 'entity.too.large')
    return new AppError('payload-too-large', '请求体过大', 413, 'Request body too large')
  if (e?.type === 'entity.parse.failed')
    return new AppError('bad-json', '请求体不是合法的 JSON', 400, 'Request body is not valid JSON')
  if (e?.status && e.status >= 400 && e.status < 500)
    return new AppError('bad-request', '请求无效', e.status, 'Bad request')
  return new AppError('internal', '服务器内部错误', 500, 'Internal server error')
}
