import type { Queryable } from '../../../libraries/db'

const DIMS = 'submitted_day, matter_id, accepting_org_id, region_id'

/**
 * Rebuild the daily rollups for these submission days (all days when `days` is null) from the
 * fact tables, in the caller's transaction.
 */
export async function rebuildRollup(db: Queryable, days: string[] | null): Promise<void> {
  const where = days ? 'WHERE submitted_day = ANY($1::date[])' : ''
  const args = days ? [days] : []
  for (const t of [
    'monitoring_daily',
    'monitoring_daily_hist',
    'monitoring_daily_nodes',
    'monitoring_daily_node_hist',
  ])
    await db.query(`DELETE FROM ${t} ${where}`, args)
  await db.query(
    `INSERT INTO monitoring_daily (${DIMS}, total, finished, open_n, on_time, handling_sum, returns, returned_cases,
       rejected, online, red, yellow)
     SELECT ${DIMS}, count(*), count(*) FILTER (WHERE finished), count(*) FILTER (WHERE NOT finished),
            count(*) FILTER (WHERE on_time), coalesce(sum(handling_days) FILTER (WHERE finished), 0), sum(returns),
            count(*) FILTER (WHERE returns > 0), count(*) FILTER (WHERE rejected), count(*) FILTER (WHERE online),
            count(*) FILTER (WHERE card = 'red'), count(*) FILTER (WHERE card = 'yellow')
       FROM monitoring_case_facts ${where} GROUP BY ${DIMS}`,
    args,
  )
  await db.query(
    `INSERT INTO monitoring_daily_hist (${DIMS}, bucket, n)
     SELECT ${DIMS}, round(handling_days * 10)::int, count(*)
       FROM monitoring_case_facts ${where ? where + ' AND' : 'WHERE'} finished AND handling_days IS NOT NULL
      GROUP BY ${DIMS}, 5`,
    args,
  )
  await db.query(
    `INSERT INTO monitoring_daily_nodes (${DIMS}, node_id, node_name, visits, completed, days_sum, days_max)
     SELECT ${DIMS}, node_id, min(node_name), count(*), count(working_days), coalesce(sum(working_days), 0), max(working_days)
       FROM monitoring_node_facts ${where} GROUP BY ${DIMS}, node_id`,
    args,
  )
  await db.query(
    `INSERT INTO monitoring_daily_node_hist (${DIMS}, node_id, bucket, n)
     SELECT ${DIMS}, node_id, round(working_days * 10)::int, count(*)
       FROM monitoring_node_facts ${where ? where + ' AND' : 'WHERE'} working_days IS NOT NULL
      GROUP BY ${DIMS}, node_id, 6`,
    args,
  )
}

/** The figures from the rollup, grouped by `key` (an SQL expression over alias `f`). */
export function rollupFiguresSql(key: string, where: string): string {
  return `WITH base AS (
      SELECT ${key} AS key, sum(total)::int AS "total", sum(finished)::int AS "finished", sum(open_n)::int AS "open",
             sum(on_time)::int AS "onTime", (sum(finished) - sum(on_time))::int AS "late",
             round(sum(on_time)::numeric / nullif(sum(finished), 0), 4)::float AS "onTimeRate",
             round((sum(handling_sum) / nullif(sum(finished), 0))::numeric, 2)::float AS "avgDays",
             sum(returns)::int AS "returns", sum(returned_cases)::int AS "returnedCases", sum(rejected)::int AS "rejected",
             round(sum(online)::numeric / nullif(sum(total), 0), 4)::float AS "onlineRate",
             sum(red)::int AS "red", sum(yellow)::int AS "yellow"
        FROM monitoring_daily f WHERE ${where} GROUP BY 1),
    h AS (SELECT ${key} AS key, bucket, sum(n) AS n FROM monitoring_daily_hist f WHERE ${where} GROUP BY 1, 2),
    p AS (SELECT key, (min(bucket) FILTER (WHERE cum >= 0.9 * tot) / 10.0)::float AS p90
            FROM (SELECT key, bucket, sum(n) OVER (PARTITION BY key ORDER BY bucket) AS cum,
                         sum(n) OVER (PARTITION BY key) AS tot FROM h) x GROUP BY key)
    SELECT base.*, p.p90 AS "p90Days" FROM base LEFT JOIN p ON p.key = base.key`
}

/** Node times from the rollup. */
export function rollupNodesSql(where: string): string {
  return `WITH base AS (
      SELECT f.matter_id AS "matterId", f.node_id AS "nodeId", min(f.node_name) AS "nodeName",
             sum(visits)::int AS "visits", sum(completed)::int AS "completed",
             round((sum(days_sum) / nullif(sum(completed), 0))::numeric, 2)::float AS "avgDays",
             round(max(days_max)::numeric, 2)::float AS "maxDays"
        FROM monitoring_daily_nodes f WHERE ${where} GROUP BY 1, 2),
    h AS (SELECT f.matter_id, f.node_id, bucket, sum(n) AS n FROM monitoring_daily_node_hist f WHERE ${where} GROUP BY 1, 2, 3),
    p AS (SELECT matter_id, node_id, (min(bucket) FILTER (WHERE cum >= 0.9 * tot) / 10.0)::float AS p90
            FROM (SELECT matter_id, node_id, bucket,
                         sum(n) OVER (PARTITION BY matter_id, node_id ORDER BY bucket) AS cum,
                         sum(n) OVER (PARTITION BY matter_id, node_id) AS tot FROM h) x GROUP BY 1, 2)
    SELECT b."matterId", b."nodeId", b."nodeName", b."visits", b."completed", b."avgDays", p.p90 AS "p90Days", b."maxDays"
      FROM base b LEFT JOIN p ON p.matter_id = b."matterId" AND p.node_id = b."nodeId"
     ORDER BY b."avgDays" DESC NULLS LAST, 1, 2 LIMIT 500`
}
