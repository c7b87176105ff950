import { FormItem as FormilyFormItem } from '@formily/antd-v5'
import { isEqual } from '@formily/shared'
import { observer, useField } from '@formily/react'
import { Tag, Tooltip } from 'antd'
import type { ComponentProps } from 'react'
import { useRendererServices } from '../context/renderer-services'
import { useRendererLocale } from '../i18n/locale-context'
import { toPattern } from '@tongban/form-core'

/** The "来自人员库" tag beside a label. */
export function BoundTag() {
  const { t } = useRendererLocale()
  return (
    <Tooltip title={t('bound.tooltip')}>
      <Tag color="blue" bordered={false} style={{ marginInlineStart: 6, fontWeight: 'normal' }} data-testid="bound-tag">
        {t('bound.tag')}
      </Tag>
    </Tooltip>
  )
}

type FormItemProps = ComponentProps<typeof FormilyFormItem>

/**
 * Formily's FormItem, plus the "来自人员库" tag on fields whose value was filled in from the directory
 * and is still unchanged (`boundValues` of the renderer services). Only a field that has a bound
 * value watches its value; every other field renders Formily's FormItem as it is.
 */
export const FormItem = Object.assign(
  (props: FormItemProps) => {
    const field = useField() as { path?: unknown } | undefined
    const { boundValues } = useRendererServices()
    const path = field?.path === undefined ? '' : toPattern(String(field.path))
    if (!boundValues || !(path in boundValues)) return <FormilyFormItem {...props} />
    return <BoundFormItem {...props} boundValue={boundValues[path]} />
  },
  { BaseItem: FormilyFormItem.BaseItem },
)

/** The FormItem of a field with a bound value: re-renders with the value, tagged while it is unchanged. */
const BoundFormItem = observer(({ boundValue, ...props }: FormItemProps & { boundValue: unknown }) => {
  const field = useField() as { value?: unknown; title?: unknown } | undefined
  if (!isEqual(boundValue, field?.value)) return <FormilyFormItem {...props} />
  return (
    <FormilyFormItem
      {...props}
      label={
        <span>
          {(props.label as string | undefined) ?? (field?.title as string | undefined)}
          <BoundTag />
        </span>
      }
    />
  )
})
