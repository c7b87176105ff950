import { useCallback, useEffect, useRef, useState } from 'react'

export interface AsyncState<T> {
  data: T | undefined
  error: unknown
  loading: boolean
  reload(): void
}

/**
 * Load data for a page: `loading`, `error` and `data`, reloaded when `deps` change or on `reload()`.
 * A late answer for old deps is dropped.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true })
  const [tick, setTick] = useState(0)
  const run = useRef(0)
  useEffect(() => {
    const id = ++run.current
    setState((s) => ({ data: s.data, loading: true }))
    load().then(
      (data) => run.current === id && setState({ data, loading: false }),
      (error: unknown) => run.current === id && setState({ error, loading: false }),
    )
  }, [...deps, tick])
  const reload = useCallback(() => setTick((n) => n + 1), [])
  return { data: state.data, error: state.error, loading: state.loading, reload }
}
