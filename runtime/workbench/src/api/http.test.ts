import { ApiError, csrfToken, withQuery } from './http'

describe('http helpers', () => {
  it('reads the CSRF token from the readable cookie', () => {
    expect(csrfToken('a=1; tb_csrf=abc%3D; tb_session=x')).toBe('abc=')
    expect(csrfToken('a=1')).toBeUndefined()
  })
  it('builds query strings without empty values', () => {
    expect(withQuery('/api/tasks', { box: 'todo', q: '', card: undefined, limit: 10 })).toBe(
      '/api/tasks?box=todo&limit=10',
    )
    expect(withQuery('/api/me')).toBe('/api/me')
  })
  it('exposes 422 field errors and the English message', () => {
    const e = new ApiError(422, 'validation', '校验失败', {
      errors: [{ path: '/data/x', message: '必填' }],
      messageEn: 'Invalid',
    })
    expect(e.fieldErrors).toEqual([{ path: '/data/x', message: '必填' }])
    expect(e.messageEn).toBe('Invalid')
    expect(new ApiError(500, 'internal', 'x').fieldErrors).toEqual([])
  })
  it('treats a version conflict and a task closed meanwhile as conflicts', () => {
    expect(new ApiError(409, 'case.version-conflict', 'x').isConflict).toBe(true)
    expect(new ApiError(404, 'task.not-found', 'x').isConflict).toBe(true)
    expect(new ApiError(404, 'not-found', 'x').isConflict).toBe(false)
  })
})
