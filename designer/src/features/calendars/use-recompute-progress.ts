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
  const [lost, setLost] = useState<string>()
  const [gaveUp, setGaveUp] = useState(false)
  useEffect(() => {
    setRun(initial)
    setLost(undefined)
    setGaveUp(false)
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
            else setGaveUp(true)
          },
          (err: Error) => !stopped && setLost(err.message),
        )
      }, pollDelay(attempt))
    }
    ask(0)
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [api, calendarId, initial])
  // Until the effect above has run for a new run, `run` still holds the previous one: show the new.
  const shown = run.runId === initial.runId ? run : initial
  return { run: shown, phase: recomputePhase(shown), lost, gaveUp }
}
