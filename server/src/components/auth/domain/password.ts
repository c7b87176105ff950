import crypto from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'

/** Argon2id with the library's defaults (19 MiB, t=2): ~20–50 ms here, slow enough for offline attacks. */
export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Verify against a fixed hash when there is none, so unknown users take as long as known ones.
  const target = stored ?? DUMMY_HASH
  const ok = await verify(target, password).catch(() => false)
  return ok && stored !== null
}

const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9sTbSlTio3Biev89thdrlKKiCaYsjjYVJxGAL3swxpg'

export interface PolicyViolation {
  code: string
  message: string
  messageEn: string
}

/**
 * The password policy (等保 身份鉴别 a, ASVS V2.1): at least `minLength` characters, three of the four
 * character classes, and not containing the username.
 */
export function checkPasswordPolicy(
  password: string,
  username: string,
  minLength: number,
): PolicyViolation[] {
  const out: PolicyViolation[] = []
  if (password.length < minLength)
    out.push({
      code: 'password.too-short',
      message: `密码至少 ${minLength} 位`,
      messageEn: `At least ${minLength} characters`,
    })
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length
  if (classes < 3)
    out.push({
      code: 'password.too-simple',
      message: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
      messageEn: 'Use at least three of: lower case, upper case, digits, symbols',
    })
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    out.push({
      code: 'password.contains-username',
      message: '密码不能包含用户名',
      messageEn: 'The password may not contain the username',
    })
  return out
}

/** A random password that satisfies the policy (demo accounts, resets). */
export function generatePassword(): string {
  const base = crypto.randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')
  return `Tb-${base}9a`
}
