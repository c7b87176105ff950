import { setWidgetComponent } from '@tongban/form-renderer'
import { MaterialChecklist } from './material-checklist'

/**
 * The workbench's own React side of `MaterialUpload` (real uploads with progress, checksum check,
 * download links). Its definition and validation rule stay the renderer's and form-core's, so the
 * browser and the server still check required materials the same way.
 */
export function registerWorkbenchWidgets(): void {
  setWidgetComponent('MaterialUpload', MaterialChecklist)
}
