import type { MatterBundle } from '@tongban/schemas'
import { ARCHIVE_MATTERS } from './archive'
import { DATA_MATTERS } from './data'
import { EMERGENCY_FOREIGN_MATTERS } from './emergency-foreign'
import { FINANCE_LEGAL_MATTERS } from './finance-legal'
import { LOGISTICS_MATTERS } from './logistics'
import { OFFICE_MATTERS } from './office'
import { PERSONNEL_MATTERS } from './personnel'
import { PROJECT_MATTERS } from './projects'

/** Every example matter bundle (city standards and their county variants). */
export const ALL_BUNDLES: MatterBundle[] = [
  ...ARCHIVE_MATTERS,
  ...PERSONNEL_MATTERS,
  ...OFFICE_MATTERS,
  ...LOGISTICS_MATTERS,
  ...DATA_MATTERS,
  ...PROJECT_MATTERS,
  ...FINANCE_LEGAL_MATTERS,
  ...EMERGENCY_FOREIGN_MATTERS,
]
