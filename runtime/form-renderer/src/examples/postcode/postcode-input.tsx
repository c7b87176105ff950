import { connect, mapReadPretty } from '@formily/react'
import { Input } from 'antd'
import { registerWidget } from '../../registry/widget-registry'
import { postcodeWidget } from './postcode.definition'

const PostcodeInput = connect(
  (props: { value?: string; onChange?: (v: string) => void }) => (
    <Input maxLength={6} inputMode="numeric" value={props.value} onChange={(e) => props.onChange?.(e.target.value)} />
  ),
  mapReadPretty((props: { value?: string }) => <span>{props.value}</span>),
)

registerWidget({ name: 'PostcodeInput', component: PostcodeInput, ...postcodeWidget })
