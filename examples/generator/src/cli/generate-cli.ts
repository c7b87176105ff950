import { MultiBar, Presets } from 'cli-progress'
import { parseArgs, USAGE } from './options'
import { generate } from '../generate'

/** `npm run generate -- --cases 1000000`: see USAGE. */
async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE)
    return
  }
  const options = parseArgs(process.argv.slice(2), process.env)
  const bars = new MultiBar(
    {
      format: '{phase} |{bar}| {percentage}% {value}/{total} ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      // Also report (every 10 s) when the output is not a terminal: CI logs, `> file`.
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic,
  )
  const simulate = bars.create(
    1,
    0,
    {},
    { format: '模拟 simulate |{bar}| {percentage}% {value}/{total} templates ETA {eta_formatted}' },
  )
  const write = bars.create(
    options.cases,
    0,
    {},
    { format: '写入 write    |{bar}| {percentage}% {value}/{total} cases ETA {eta_formatted}' },
  )
  let index: ReturnType<typeof bars.create> | undefined
  const summary = await generate({
    ...options,
    onProgress: (p) => {
      if (p.phase === 'index')
        index ??= bars.create(
          p.total,
          0,
          {},
          { format: '索引 index    |{bar}| {percentage}% {value}/{total} keys and indexes' },
        )
      const bar = p.phase === 'simulate' ? simulate : p.phase === 'write' ? write : index!
      bar.setTotal(p.total)
      bar.update(p.done)
    },
  }).finally(() => bars.stop())
  const rows =
    summary.cases +
    summary.tasks +
    summary.events +
    summary.timers +
    summary.attachments +
    summary.notifications
  const seconds = summary.ms / 1000
  console.log(
    `已生成 / generated ${summary.cases} cases (+ ${summary.children} sub-flow child cases), ${summary.tasks} tasks, ${summary.events} events, ${summary.timers} timers, ` +
      `${summary.attachments} attachments, ${summary.notifications} notifications, ${summary.timerJobs} timer jobs ` +
      `(${rows} rows, ${summary.templates} engine-simulated templates, ids ${summary.prefix}…) in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s`,
  )
  const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(1)} s`
  const cpu = (ms: number | undefined) => (ms === undefined ? '' : ` (PostgreSQL CPU ${s(ms)})`)
  console.log(
    `阶段 / phases: ${Object.entries(summary.phases)
      .map(([k, v]) => `${k} ${s(v)}${cpu(summary.phasesCpu[k])}`)
      .join(', ')}; CPU of this process ${s(summary.nodeCpuMs)}`,
  )
  console.log(
    `copy-out per table (summed over writers): ${Object.entries(summary.copyOut.wall)
      .map(([k, v]) => `${k} ${s(v)}${cpu(summary.copyOut.cpu[k as keyof typeof summary.copyOut.cpu])}`)
      .join(', ')}`,
  )
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
