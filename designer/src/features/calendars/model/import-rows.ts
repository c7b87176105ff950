import type { FieldError } from '../../../api'

/** A problem of one spreadsheet row, in the column at fault. */
export interface RowError {
  row: number
  column: 'date' | 'type' | 'file'
  message: string
  messageEn: string
}

/** The server's import errors (`/rows/<row>/<date|type>`) as row errors; others name no row (0). */
export function rowErrorsFromApi(errors: readonly FieldError[]): RowError[] {
  return errors.map((e) => {
    const m = /^\/rows\/(\d+)(?:\/(date|type))?/.exec(e.path)
    return {
      row: m ? Number(m[1]) : 0,
      column: (m?.[2] as 'date' | 'type' | undefined) ?? 'file',
      message: e.message,
      messageEn: e.messageEn ?? e.message,
    }
  })
}
