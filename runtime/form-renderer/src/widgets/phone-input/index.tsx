import { connect, mapReadPretty } from '@formily/react'
import { Input, type InputProps } from 'antd'
import type { ChangeEvent } from 'react'
import { useRendererLocale } from '../../i18n/locale-context'

/** 11-digit mobile number; the shared `phone` rule applies through the component definition. */
function PhoneField(props: Omit<InputProps, 'onChange'> & { onChange?: (value: string) => void }) {
  const { t } = useRendererLocale()
  const { onChange, ...rest } = props
  return (
    <Input
      maxLength={11}
      placeholder={t('phone.placeholder')}
      inputMode="tel"
      autoComplete="tel"
      allowClear
      {...rest}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange?.(e.target.value.replace(/\D/g, ''))}
    />
  )
}

function PhoneText(props: { value?: string }) {
  return props.value ? <a href={`tel:${props.value}`}>{props.value}</a> : <span />
}

export const PhoneInput = connect(PhoneField, mapReadPretty(PhoneText))
