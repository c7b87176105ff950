import { useCallback, useEffect, useRef, useState } from 'react'

export type AsyncState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ok'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error }

/** Run `load` when `deps` change; `reload()` runs it again. Stale answers are dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> & { reload(): void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const [tick, setTick] = useState(0)
  const run = useRef(0)
  useEffect(() => {
    const id = ++run.current
    setState({ status: 'loading' })
    load().then(
      (data) => id === run.current && setState({ status: 'ok', data }),
      (error: Error) => id === run.current && setState({ status: 'error', error }),
    )
  }, [...deps, tick])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { ...state, reload }
}
