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

/**
 * Formily's FormItem, plus the "来自人员库" tag on fields whose value was filled in from the directory
 * and is still unchanged (`boundValues` of the renderer services).
 */
export const FormItem = Object.assign(
  observer((props: ComponentProps<typeof FormilyFormItem>) => {
    const field = useField() as { path?: unknown; value?: unknown; title?: unknown } | undefined
    const { boundValues } = useRendererServices()
    const path = field?.path === undefined ? '' : toPattern(String(field.path))
    const bound = !!boundValues && path in boundValues && isEqual(boundValues[path], field?.value)
    if (!bound) return <FormilyFormItem {...props} />
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
  }),
  { BaseItem: FormilyFormItem.BaseItem },
)
