import type { Material } from '@tongban/schemas'
import { AppError } from '../../../libraries/errors/app-error'
import { extensionOf } from './store-attachment'

/** Without a material (or one without `maxSizeMb`), an upload may be this large. */
export const DEFAULT_MAX_MB = 50

/** The byte limit of an upload for `material`. */
export function maxBytesOf(material: Material | undefined): number {
  return Math.floor((material?.maxSizeMb ?? DEFAULT_MAX_MB) * 1024 * 1024)
}

/** Why a file does not fit `material` (type by extension, then size), or null when it fits. */
export function materialProblem(
  material: Material | undefined,
  file: { name: string; size: number },
): { code: 'attachment.type' | 'attachment.too-large'; message: string; messageEn: string } | null {
  const ext = extensionOf(file.name)
  if (material?.accept?.length && !material.accept.includes(ext))
    return {
      code: 'attachment.type',
      message: `“${material.name}”只接受 ${material.accept.join('、')} 文件`,
      messageEn: `"${material.name}" accepts only ${material.accept.join(', ')} files`,
    }
  if (file.size > maxBytesOf(material)) {
    const mb = material?.maxSizeMb ?? DEFAULT_MAX_MB
    return {
      code: 'attachment.too-large',
      message: `文件超过 ${mb} MB`,
      messageEn: `File larger than ${mb} MB`,
    }
  }
  return null
}

/** The same check as an HTTP error: 415 for the type, 413 for the size. */
export function assertFits(material: Material | undefined, file: { name: string; size: number }): void {
  const problem = materialProblem(material, file)
  if (problem)
    throw new AppError(
      problem.code,
      problem.message,
      problem.code === 'attachment.type' ? 415 : 413,
      problem.messageEn,
    )
}

/** 413 for a file larger than `material` allows. */
export function tooLarge(material: Material | undefined): AppError {
  const mb = material?.maxSizeMb ?? DEFAULT_MAX_MB
  return new AppError('attachment.too-large', `文件超过 ${mb} MB`, 413, `File larger than ${mb} MB`)
}
