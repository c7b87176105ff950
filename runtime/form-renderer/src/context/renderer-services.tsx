import type { Material } from '@tongban/schemas'
import { createContext, useContext } from 'react'
import type { DirectoryDataSource, UploadFile } from './directory'

/** Everything widgets get from the host app, injected (no widget talks to a server by itself). */
export interface RendererServices {
  directory?: DirectoryDataSource
  uploadFile?: UploadFile
  /** The matter's required materials (申请材料), for `MaterialUpload`. */
  materials?: readonly Material[]
  /** Values filled in from the directory, by field path: shown with a "来自人员库" tag while unchanged. */
  boundValues?: Readonly<Record<string, unknown>>
}

const ServicesContext = createContext<RendererServices>({})

/**
 * Provide the directory, the uploader and the matter's materials to every form below. `<FormRenderer>`
 * also takes them as props; use this provider once at the top of an app instead.
 */
export const RendererServicesProvider = ServicesContext.Provider

export function useRendererServices(): RendererServices {
  return useContext(ServicesContext)
}
