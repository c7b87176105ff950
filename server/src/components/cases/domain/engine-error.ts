import type { EngineError } from '@tongban/flow-engine'
import { AppError } from '../../../libraries/errors/app-error'

/** An engine refusal as the API's error (its status, code and located details). */
export function fromEngineError(e: EngineError): AppError {
  return new AppError(
    e.code,
    e.message,
    e.status,
    e.messageEn,
    e.details?.length ? { errors: e.details } : {},
  )
}

export const versionConflict = () =>
  new AppError(
    'case.version-conflict',
    '办件已被他人处理，请刷新后重试',
    409,
    'The case was changed by someone else; reload and retry',
  )
