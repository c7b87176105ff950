import { connect, mapProps, mapReadPretty } from '@formily/react'
import { Input, type InputProps } from 'antd'
import type { ChangeEvent } from 'react'
import { useRendererLocale } from '../../i18n/locale-context'

/**
 * 18-digit resident ID card number. The `idcard` rule (checksum included) comes from the shared
 * registry: the component definition lists it, so the server applies it to this widget too.
 */
function IdCardField(props: Omit<InputProps, 'onChange'> & { onChange?: (value: string) => void }) {
  const { t } = useRendererLocale()
  const { onChange, ...rest } = props
  return (
    <Input
      maxLength={18}
      placeholder={t('idcard.placeholder')}
      allowClear
      inputMode="text"
      autoComplete="off"
      {...rest}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange?.(e.target.value.replace(/\s/g, '').toUpperCase())}
    />
  )
}

/** Read mode shows the number masked (personal data): 110105********002X. */
export function maskIdCard(value: unknown): string {
  if (typeof value !== 'string' || value.length < 8) return typeof value === 'string' ? value : ''
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`
}

function IdCardText(props: { value?: string; masked?: boolean }) {
  return <span className="tongban-id-card">{props.masked === false ? (props.value ?? '') : maskIdCard(props.value)}</span>
}

export const IdCardInput = connect(
  IdCardField,
  mapProps((props) => props),
  mapReadPretty(IdCardText),
)
