import type { AttachmentRef } from '@tongban/schemas'
import { createContext, useContext, type ReactNode } from 'react'

/** What the material checklist knows about the case around the form. */
export interface MaterialsContextValue {
  /** The case the uploads belong to, once there is one (a saved draft, a case in 补正). */
  caseId?: string
  /** The case's stored attachments (name, size, server SHA-256) for files uploaded earlier. */
  attachments?: readonly AttachmentRef[]
}

const Context = createContext<MaterialsContextValue>({})

/** Give the checklist inside a `<FormRenderer>` its case (where uploads go) and stored attachments. */
export function MaterialsProvider(props: MaterialsContextValue & { children: ReactNode }) {
  const { children, ...value } = props
  return <Context.Provider value={value}>{children}</Context.Provider>
}

export const useMaterialsContext = (): MaterialsContextValue => useContext(Context)
