import { changeQuery, deadlineTone, inboxParams, isFiltered, parseInboxQuery } from './inbox-query'

describe('inbox query in the URL', () => {
  it('reads box, filters and page, ignoring unknown values', () => {
    expect(
      parseInboxQuery(new URLSearchParams('box=cc&q=%20档案%20&card=red&status=returned&matter=m1&page=3')),
    ).toEqual({
      box: 'cc',
      q: '档案',
      card: 'red',
      status: 'returned',
      matterId: 'm1',
      page: 3,
    })
    expect(parseInboxQuery(new URLSearchParams('box=spam&card=blue&status=x&page=-2'))).toEqual({
      box: 'todo',
      page: 1,
    })
  })
  it('writes only what is set and round-trips', () => {
    const q = { box: 'done' as const, q: 'YX', card: 'yellow', page: 2 }
    expect(inboxParams(q)).toEqual({ box: 'done', q: 'YX', card: 'yellow', page: '2' })
    expect(parseInboxQuery(new URLSearchParams(inboxParams(q)))).toEqual(q)
  })
  it('goes back to page 1 on a filter change, clears filters on a box switch, keeps them when paging', () => {
    const q = { box: 'todo' as const, card: 'red', page: 4 }
    expect(changeQuery(q, { status: 'in-progress' })).toEqual({
      box: 'todo',
      card: 'red',
      status: 'in-progress',
      page: 1,
    })
    expect(changeQuery(q, { card: '' })).toEqual({ box: 'todo', page: 1 })
    expect(changeQuery(q, { page: 5 })).toEqual({ box: 'todo', card: 'red', page: 5 })
    expect(changeQuery(q, { box: 'cc' })).toEqual({ box: 'cc', page: 1 })
    expect(isFiltered(q)).toBe(true)
    expect(isFiltered({ box: 'todo', page: 1 })).toBe(false)
  })
  it('keeps 仅看未读 on 抄送我的 only, as a filter', () => {
    const unread = parseInboxQuery(new URLSearchParams('box=cc&unread=1&page=2'))
    expect(unread).toEqual({ box: 'cc', unread: true, page: 2 })
    expect(inboxParams(unread)).toEqual({ box: 'cc', unread: '1', page: '2' })
    expect(isFiltered(unread)).toBe(true)
    expect(parseInboxQuery(new URLSearchParams('box=todo&unread=1'))).toEqual({ box: 'todo', page: 1 })
    expect(changeQuery(unread, { unread: false })).toEqual({ box: 'cc', page: 1 })
    expect(changeQuery(unread, { box: 'todo' })).toEqual({ box: 'todo', page: 1 })
  })
})

describe('deadline tone of a row', () => {
  const now = Date.parse('2026-03-10T08:00:00Z')
  it('follows the server card', () => {
    expect(deadlineTone('yellow', '2026-03-12T08:00:00Z', now, false)).toBe('yellow')
    expect(deadlineTone('red', '2026-03-12T08:00:00Z', now, false)).toBe('red')
    expect(deadlineTone('none', '2026-03-12T08:00:00Z', now, false)).toBe('none')
  })
  it('turns red once an open item is past due, even before the server card changes', () => {
    expect(deadlineTone('yellow', '2026-03-09T08:00:00Z', now, false)).toBe('red')
    expect(deadlineTone('none', '2026-03-09T08:00:00Z', now, true)).toBe('none')
    expect(deadlineTone(undefined, null, now, false)).toBe('none')
  })
})
