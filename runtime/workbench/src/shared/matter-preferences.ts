/** Favourite and recently used matters, kept per user in localStorage (pure list logic + thin storage). */
export interface MatterPreferences {
  favourites: string[]
  recent: string[]
}

const RECENT_MAX = 8

export function toggleFavourite(prefs: MatterPreferences, matterId: string): MatterPreferences {
  const has = prefs.favourites.includes(matterId)
  return {
    ...prefs,
    favourites: has ? prefs.favourites.filter((id) => id !== matterId) : [...prefs.favourites, matterId],
  }
}

/** Most recent first, no duplicates, at most 8. */
export function touchRecent(prefs: MatterPreferences, matterId: string): MatterPreferences {
  return {
    ...prefs,
    recent: [matterId, ...prefs.recent.filter((id) => id !== matterId)].slice(0, RECENT_MAX),
  }
}

const key = (userId: string) => `tongban.workbench.matters.${userId}`

export function loadPreferences(
  userId: string,
  storage: Pick<Storage, 'getItem'> = localStorage,
): MatterPreferences {
  try {
    const raw = JSON.parse(storage.getItem(key(userId)) ?? '{}') as Partial<MatterPreferences>
    return {
      favourites: Array.isArray(raw.favourites) ? raw.favourites.filter((x) => typeof x === 'string') : [],
      recent: Array.isArray(raw.recent) ? raw.recent.filter((x) => typeof x === 'string') : [],
    }
  } catch {
    return { favourites: [], recent: [] }
  }
}

export function savePreferences(
  userId: string,
  prefs: MatterPreferences,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    storage.setItem(key(userId), JSON.stringify(prefs))
  } catch {
    // storage full or disabled: preferences are a convenience
  }
}
