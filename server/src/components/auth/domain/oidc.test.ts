import { usernameFromClaims } from './oidc'

describe('usernameFromClaims', () => {
  it('maps the configured claim to a Tongban username', () => {
    expect(usernameFromClaims({ preferred_username: 'ZhangWei ' }, 'preferred_username')).toBe('zhangwei')
    expect(usernameFromClaims({ employee_no: 'ls-0042' }, 'employee_no')).toBe('ls-0042')
  })
  it('refuses missing or unusable values', () => {
    expect(usernameFromClaims({}, 'preferred_username')).toBeNull()
    expect(usernameFromClaims({ preferred_username: 42 }, 'preferred_username')).toBeNull()
    expect(usernameFromClaims({ preferred_username: '张伟' }, 'preferred_username')).toBeNull()
    expect(usernameFromClaims(undefined, 'sub')).toBeNull()
  })
})
