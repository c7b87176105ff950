import { parseCrontab } from 'graphile-worker'
import { PURGE_UNBOUND_TASK } from './components/attachments/domain/purge-unbound'
import { CALENDAR_RECOMPUTE_TASK } from './components/monitoring'
import { WORKER_CRONTAB, workerTasks } from './worker-tasks'

describe('worker tasks', () => {
  it('When the crontab is parsed, then it runs the unbound-upload purge hourly and the task exists with a data directory', () => {
    const [item, ...rest] = parseCrontab(WORKER_CRONTAB)
    expect(rest).toEqual([])
    expect(item?.task).toBe(PURGE_UNBOUND_TASK)
    expect(item?.match).toBeDefined()
    const deps = { pool: {} as never, host: {} as never, bundles: {} as never }
    expect(workerTasks(deps, { dataDir: '/tmp/x' })[PURGE_UNBOUND_TASK]).toBeInstanceOf(Function)
    expect(workerTasks(deps)[PURGE_UNBOUND_TASK]).toBeUndefined()
  })

  it('When a calendar edit queues its recompute, then the server\'s worker has the job to run it', () => {
    const deps = { pool: {} as never, host: {} as never, bundles: {} as never }
    expect(workerTasks(deps)[CALENDAR_RECOMPUTE_TASK]).toBeInstanceOf(Function)
  })
})
