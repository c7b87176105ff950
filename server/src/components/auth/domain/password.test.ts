import { checkPasswordPolicy, generatePassword, hashPassword, verifyPassword } from './password'

describe('password policy', () => {
  it('accepts a long mixed password', () => {
    expect(checkPasswordPolicy('Lishui-2026-ok', 'wang', 10)).toEqual([])
  })
  it('names each violation', () => {
    expect(checkPasswordPolicy('wang123', 'wang', 10).map((v) => v.code)).toEqual([
      'password.too-short',
      'password.too-simple',
      'password.contains-username',
    ])
  })
  it('generates passwords that pass it', () => {
    for (let i = 0; i < 20; i++) expect(checkPasswordPolicy(generatePassword(), 'admin', 12)).toEqual([])
  })
})

describe('hashing', () => {
  it('verifies the right password only, and never a missing hash', async () => {
    const h = await hashPassword('Lishui-2026-ok')
    expect(await verifyPassword(h, 'Lishui-2026-ok')).toBe(true)
    expect(await verifyPassword(h, 'wrong')).toBe(false)
    expect(await verifyPassword(null, 'anything')).toBe(false)
  })
})
