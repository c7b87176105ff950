import type { Queryable } from '../../../libraries/db'

/**
 * Whether any webhook subscription is active, as this process last looked (at most `maxAgeMs`
 * ago). It lets the one-statement save leave out the webhook fan-out — a join, an insert and a
 * job call that cost about an eighth of PostgreSQL's time on a task action — while nobody is
 * subscribed. Only a hint: a save that leaves the fan-out out checks in the same statement that
 * no subscription is active, and is made again with the fan-out when one is (persist-fast.ts).
 */
export class SubscriberHint {
  private none = false
  private checkedAt = Number.NEGATIVE_INFINITY
  private pending: Promise<boolean> | undefined

  constructor(private readonly maxAgeMs = 30_000) {}

  /** True when, as far as this process knows, no subscription is active. */
  async noneActive(db: Queryable): Promise<boolean> {
    if (Date.now() - this.checkedAt < this.maxAgeMs) return this.none
    this.pending ??= db
      .query(`SELECT NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active) AS none`)
      .then(({ rows }) => {
        this.none = rows[0]?.none === true
        this.checkedAt = Date.now()
        return this.none
      })
      .finally(() => {
        this.pending = undefined
      })
    return this.pending
  }

  /** A save met a subscription this process did not know of. */
  sawSubscriber(): void {
    this.none = false
    this.checkedAt = Date.now()
  }
}
