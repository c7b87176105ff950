import type { Issue } from '@tongban/schemas'

/** One located problem in a request, as the API reports it. */
export interface FieldError {
  path: string
  code: string
  message: string
  messageEn?: string
}

/**
 * The one error type of the server. `message` is Simplified Chinese; `messageEn` travels in
 * `details.messageEn`. Anything else thrown is a bug and becomes a 500.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
    readonly messageEn: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const errors = {
  badRequest: (message: string, messageEn: string, details?: Record<string, unknown>) =>
    new AppError('bad-request', message, 400, messageEn, details),
  validation: (fieldErrors: FieldError[]) =>
    new AppError('validation-failed', '提交的数据未通过校验', 422, 'The submitted data failed validation', {
      errors: fieldErrors,
    }),
  unauthenticated: () => new AppError('unauthenticated', '请先登录', 401, 'Please log in'),
  forbidden: (permission?: string) =>
    new AppError(
      'forbidden',
      '没有权限执行此操作',
      403,
      'You may not do this',
      permission ? { permission } : {},
    ),
  notFound: (what: string, whatEn: string, id?: string) =>
    new AppError('not-found', `${what}不存在`, 404, `${whatEn} not found`, id ? { id } : {}),
  conflict: (code: string, message: string, messageEn: string, details?: Record<string, unknown>) =>
    new AppError(code, message, 409, messageEn, details),
  tooMany: () =>
    new AppError('rate-limited', '请求过于频繁，请稍后再试', 429, 'Too many requests, try again later'),
}

/** Turn schema issues into API field errors. */
export function fromIssues(issues: readonly Issue[], basePath = ''): FieldError[] {
  return issues
    .filter((i) => i.severity === 'error')
    .map((i) => ({ path: basePath + i.path, code: i.code, message: i.message, messageEn: i.messageEn }))
}
