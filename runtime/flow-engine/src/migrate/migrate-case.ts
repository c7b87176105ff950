import type { MatterBundle } from '@tongban/schemas'
import type { CaseState, EngineContext, MigrationResult } from '../types'

/**
 * Move a running case to another version of its matter. `nodeMapping` maps old node ids to new
 * ones (unmapped ids map to themselves). Waiting nodes whose definition is unchanged keep their tasks;
 * others are re-entered. With `dryRun` the report tells what would happen and the state is unchanged.
 */
export function migrateCase(
  _state: CaseState,
  _fromBundle: MatterBundle,
  _toBundle: MatterBundle,
  _nodeMapping: Record<string, string>,
  _ctx: EngineContext,
  _options: { dryRun: boolean },
): MigrationResult {
  throw new Error('not implemented')
}
