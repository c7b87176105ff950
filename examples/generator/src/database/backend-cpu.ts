import fs from 'node:fs'
import type pg from 'pg'

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100

/**
 * CPU time (user + system, ms) the connection's PostgreSQL backend has used so far, read from
 * /proc when the server runs on this machine; undefined when it does not (or it cannot be read).
 * On a machine shared with other work, CPU time is the comparable figure, not wall time.
 */
export function backendCpuMs(client: pg.ClientBase): number | undefined {
  const pid = (client as pg.ClientBase & { processID?: number }).processID
  if (!pid) return undefined
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const open = stat.indexOf('(')
    const close = stat.lastIndexOf(')')
    // Another program with the same pid: the server is elsewhere.
    if (!stat.slice(open + 1, close).startsWith('postgres')) return undefined
    const fields = stat.slice(close + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
  } catch {
    return undefined
  }
}

/** Summed CPU ms of several connections' backends (undefined when any is not on this machine). */
export function backendsCpuMs(clients: readonly pg.ClientBase[]): number | undefined {
  let sum = 0
  for (const c of clients) {
    const ms = backendCpuMs(c)
    if (ms === undefined) return undefined
    sum += ms
  }
  return sum
}
