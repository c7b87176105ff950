import { IdCardInput } from '../widgets/id-card-input'
import { MaterialUpload } from '../widgets/material-upload'
import { OpinionBox } from '../widgets/opinion-box'
import { OrgPicker } from '../widgets/org-picker'
import { PersonPicker } from '../widgets/person-picker'
import { PhoneInput } from '../widgets/phone-input'
import { RegionSelect } from '../widgets/region-select'
import { Signature } from '../widgets/signature'
import { setWidgetComponent } from './widget-registry'

// Their definitions are built into the schemas registry; only the React side is added here.
const OURS = { OrgPicker, PersonPicker, RegionSelect, MaterialUpload, IdCardInput, PhoneInput, OpinionBox, Signature }
let done = false

/** Put our widgets into the registry (idempotent; `<FormRenderer>` does it on import). */
export function registerBuiltinWidgets(): void {
  if (done) return
  done = true
  for (const [name, component] of Object.entries(OURS)) setWidgetComponent(name, component)
}
