import type { MatterBundle } from '@tongban/schemas'
import type { Pool, Queryable } from '../../../libraries/db'
import type { Metrics } from '../../../libraries/http/metrics'
import { errors } from '../../../libraries/errors/app-error'
import { findVersion } from '../../matters/data-access/matter-repository'
import type { EngineHost } from './engine-host'
import type { SubscriberHint } from '../../webhooks/domain/subscriber-hint'
import type { CaseStateCache } from './state-cache'
import type { SaveRunner } from './save-statement'

/** What the case use cases need. */
export interface CaseDeps {
  pool: Pool
  host: EngineHost
  bundles: BundleCache
  /** Engine states this process read or saved (lets the action read skip the state). */
  states?: CaseStateCache
  /** Whether anyone subscribes to webhooks, as this process last looked (lets saves skip the fan-out). */
  subscribers?: SubscriberHint
  /** Runs one-statement saves (SaveBatcher: group commit); default one statement each. */
  saves?: SaveRunner
  metrics?: Metrics
}

/** Published bundles are immutable, so they are cached by (matter, version) for good (bounded). */
export class BundleCache {
  private readonly map = new Map<string, MatterBundle>()
  constructor(private readonly max = 500) {}

  async get(db: Queryable, matterId: string, version: number): Promise<MatterBundle> {
    const key = `${matterId}@${version}`
    const hit = this.map.get(key)
    if (hit) return hit
    const row = await findVersion(db, matterId, version)
    if (!row) throw errors.notFound('事项版本', 'Matter version', key)
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string)
    this.map.set(key, row.bundle)
    return row.bundle
  }
}
