import { useEffect, useState } from 'react'

/** Resolve ids to display names through an async lookup (the pickers' read mode and initial labels). */
export function useDirectoryNames<T extends { id: string; name: string }>(
  ids: readonly string[],
  lookup: ((ids: readonly string[]) => Promise<T[]>) | undefined,
): Map<string, T> {
  const [found, setFound] = useState<Map<string, T>>(new Map())
  const key = ids.join('\u0000')
  useEffect(() => {
    if (!lookup || ids.length === 0) return
    let live = true
    lookup(ids).then(
      (items) => live && setFound(new Map(items.map((i) => [i.id, i]))),
      () => undefined,
    )
    return () => {
      live = false
    }
    // `key` stands for `ids` (a new array each render).
  }, [key, lookup])
  return found
}

/** `value` as a list of ids (pickers take one id or several). */
export function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return typeof value === 'string' && value ? [value] : []
}

/** Run `search` for `query` after the user paused typing; returns the latest results. */
export function useDebouncedSearch<T>(
  query: string,
  search: ((query: string) => Promise<T[]>) | undefined,
  delayMs = 250,
): { results: T[]; loading: boolean } {
  const [state, setState] = useState<{ results: T[]; loading: boolean }>({ results: [], loading: false })
  useEffect(() => {
    if (!search) return
    let live = true
    setState((s) => ({ ...s, loading: true }))
    const timer = setTimeout(() => {
      search(query).then(
        (results) => live && setState({ results, loading: false }),
        () => live && setState({ results: [], loading: false }),
      )
    }, delayMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [query, search, delayMs])
  return state
}
