import { parseArgs as parseNodeArgs } from 'node:util'

export interface CliOptions {
  cases: number
  databaseUrl: string
  seed: number
  months: number
  now: string
  append: boolean
  fullEvents: boolean
  writers: number
}

export const USAGE = `用法 / usage: npm run generate -- [--cases 1000000] [--database-url URL] [--seed 1] [--months 18] [--now ISO] [--append] [--writers 2]
  --cases N          办件数 / number of cases (default 1000000)
  --database-url URL PostgreSQL 连接串，默认 $DATABASE_URL / connection string (default $DATABASE_URL)
  --seed N           随机种子，同种子同数据 / random seed: same seed, same data (default 1)
  --months N         历史跨度（月）/ months of history up to now (default 18)
  --now ISO          历史的"现在"，默认当前整点 / the present of the history (default: this hour)
  --append           追加到已有生成数据的库 / add to a database that already holds generated cases
  --full-events      已办结办件也保留定时器与目录解析事件 / keep timer and directory events of finished cases
  --writers N        并行写入连接数 / parallel writer connections (default 2)`

/**
 * Parse the command line. Throws an Error with a bilingual message naming the option at fault.
 * @example parseArgs(['--cases', '2000'], { DATABASE_URL: 'postgres://…' })
 */
export function parseArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  clock: () => Date = () => new Date(),
): CliOptions {
  const { values } = parseNodeArgs({
    args: [...argv],
    options: {
      cases: { type: 'string' },
      'database-url': { type: 'string' },
      seed: { type: 'string' },
      months: { type: 'string' },
      now: { type: 'string' },
      append: { type: 'boolean' },
      'full-events': { type: 'boolean' },
      writers: { type: 'string' },
    },
    strict: true,
  })
  const databaseUrl = values['database-url'] ?? env.DATABASE_URL
  if (!databaseUrl)
    throw new Error(
      '缺少数据库：请设置 DATABASE_URL 或 --database-url / no database: set DATABASE_URL or pass --database-url',
    )
  const hour = new Date(clock())
  hour.setUTCMinutes(0, 0, 0)
  const now = values.now ?? hour.toISOString()
  if (Number.isNaN(Date.parse(now))) throw new Error(`--now: 不是时间 / not an ISO instant: ${now}`)
  return {
    cases: positiveInt('--cases', values.cases ?? '1000000', 100_000_000),
    databaseUrl,
    seed: positiveInt('--seed', values.seed ?? '1', 2 ** 31),
    months: positiveInt('--months', values.months ?? '18', 120),
    now: new Date(now).toISOString(),
    append: values.append ?? false,
    fullEvents: values['full-events'] ?? false,
    writers: positiveInt('--writers', values.writers ?? '2', 16),
  }
}

function positiveInt(name: string, raw: string, max: number): number {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`${name}: 须为 1 到 ${max} 的整数 / must be an integer from 1 to ${max} (got ${raw})`)
  return n
}
