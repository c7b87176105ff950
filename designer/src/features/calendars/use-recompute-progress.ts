import { useEffect, useState } from 'react'
import type { RecomputeSummary } from '../../api'
import { useApi } from '../../shared/ui/api-context'
import { pollDelay, recomputePhase } from './model/recompute-progress'

/** Give up following a run after this long (the notice then says it is still running). */
const FOLLOW_MS = 180_000

/**
 * Follow a recomputation until it is done or failed: a queued run is asked about again and again
 * (`GET /api/calendars/:id/recompute/:runId`); a finished answer is returned as is.
 */
export function useRecomputeProgress(calendarId: string, initial: RecomputeSummary) {
  const api = useApi()
  const [run, setRun] = useState(initial)
  // Each remembers the run it is about, so a new run never shows the last one's trouble.
  const [lost, setLost] = useState<{ runId?: number; message: string }>()
  const [gaveUp, setGaveUp] = useState<{ runId?: number }>()
  useEffect(() => {
    setRun(initial)
    const runId = initial.runId
    if (runId === undefined || recomputePhase(initial) !== 'pending') return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const started = Date.now()
    const ask = (attempt: number) => {
      timer = setTimeout(() => {
        api.calendars.recomputeRun(calendarId, runId).then(
          (next) => {
            if (stopped) return
            setRun(next)
            if (recomputePhase(next) !== 'pending') return
            if (Date.now() - started < FOLLOW_MS) ask(attempt + 1)
            else setGaveUp({ runId })
          },
          (err: Error) => !stopped && setLost({ runId, message: err.message }),
        )
      }, pollDelay(attempt))
    }
    ask(0)
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [api, calendarId, initial])
  // Until the effect above has run for a new run, the state still holds the previous one: show the new.
  const current = run.runId === initial.runId
  const shown = current ? run : initial
  return {
    run: shown,
    phase: recomputePhase(shown),
    lost: current && lost && lost.runId === initial.runId ? lost.message : undefined,
    gaveUp: current && gaveUp?.runId === initial.runId,
  }
}
