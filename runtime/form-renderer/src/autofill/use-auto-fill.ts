import { autoFillValues, valuesFromPreviousCase, type ApplicantProfile, type CopyPreviousOptions } from '@tongban/form-core'
import type { FormDocument } from '@tongban/schemas'
import { useCallback, useMemo } from 'react'

export interface AutoFill {
  /** `value` with the bound fields filled from the profile (empty fields only). */
  values: Record<string, unknown>
  /** Filled values by path: pass to `<FormRenderer boundValues>` to mark them "来自人员库". */
  boundValues: Record<string, unknown>
  /**
   * "Copy from my last case of this matter": merge what still fits from `previous` into `current`
   * (bound fields are then refreshed from the directory). Returns the new values and what was copied.
   */
  copyFromPrevious(
    previous: Record<string, unknown> | undefined,
    current?: Record<string, unknown>,
    options?: CopyPreviousOptions,
  ): { values: Record<string, unknown>; copied: string[] }
}

/**
 * Auto-fill (减材料) for a form: bound fields (`x-tongban.binding`) from the applicant's directory
 * profile, and a "copy from my last case" helper.
 *
 * @example
 * const fill = useAutoFill(form, me, { value: draft, today: '2026-03-02' })
 * <FormRenderer form={form} value={fill.values} boundValues={fill.boundValues} … />
 * <Button onClick={() => setDraft(fill.copyFromPrevious(lastCase?.data, draft).values)}>复制上次办件</Button>
 */
export function useAutoFill(
  form: FormDocument,
  profile: ApplicantProfile | undefined,
  options: { value?: Record<string, unknown>; today?: string } = {},
): AutoFill {
  const { value, today } = options
  const filled = useMemo(
    () => autoFillValues(form, profile ?? {}, value ?? {}, today ? { today } : {}),
    [form, profile, value, today],
  )
  const boundValues = useMemo(() => {
    const out: Record<string, unknown> = {}
    const all = autoFillValues(form, profile ?? {}, {}, today ? { today } : {})
    for (const path of all.filled) out[path] = getPath(all.values, path)
    return out
  }, [form, profile, today])
  const copyFromPrevious = useCallback(
    (previous: Record<string, unknown> | undefined, current: Record<string, unknown> = {}, copy?: CopyPreviousOptions) => {
      if (!previous) return { values: current, copied: [] }
      const { values, copied } = valuesFromPreviousCase(form, previous, copy)
      const merged = autoFillValues(form, profile ?? {}, { ...current, ...values }, { overwrite: true, ...(today ? { today } : {}) })
      return { values: merged.values, copied }
    },
    [form, profile, today],
  )
  return { values: filled.values, boundValues, copyFromPrevious }
}

// helpers

function getPath(values: Record<string, unknown>, path: string): unknown {
  let v: unknown = values
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined
  return v
}
