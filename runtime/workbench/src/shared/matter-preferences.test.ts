import { loadPreferences, savePreferences, toggleFavourite, touchRecent } from './matter-preferences'

describe('matter preferences', () => {
  it('toggles favourites and keeps the 8 most recent without duplicates', () => {
    let p = { favourites: [], recent: [] } as { favourites: string[]; recent: string[] }
    p = toggleFavourite(p, 'a')
    expect(p.favourites).toEqual(['a'])
    expect(toggleFavourite(p, 'a').favourites).toEqual([])
    for (const id of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '3']) p = touchRecent(p, id)
    expect(p.recent).toEqual(['3', '9', '8', '7', '6', '5', '4', '2'])
  })
  it('stores per user and survives garbage', () => {
    const store = new Map<string, string>()
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    }
    savePreferences('u1', { favourites: ['x'], recent: ['y'] }, storage)
    expect(loadPreferences('u1', storage)).toEqual({ favourites: ['x'], recent: ['y'] })
    expect(loadPreferences('u2', storage)).toEqual({ favourites: [], recent: [] })
    store.set('tongban.workbench.matters.u3', '{not json')
    expect(loadPreferences('u3', storage)).toEqual({ favourites: [], recent: [] })
  })
})
