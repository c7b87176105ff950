import type { FormDocument } from '@tongban/schemas'
import { archiveLookup } from '../../../fixtures'
import { CommandStack } from '../../../shared/command-stack'

export function formStack(): { stack: CommandStack<FormDocument>; initial: FormDocument } {
  const initial = structuredClone(archiveLookup.form)
  return { stack: new CommandStack(initial), initial }
}

export const keys = (form: FormDocument, node = form.schema) => Object.keys(node.properties ?? {})
