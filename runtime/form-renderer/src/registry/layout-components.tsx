import { observer, useField } from '@formily/react'
import { Card as AntdCard, Typography } from 'antd'
import type { PropsWithChildren, ReactNode } from 'react'

/** A titled section (`type: "void"`, `x-component: "Card"`); the title comes from props or the node's title. */
export const Card = observer((props: PropsWithChildren<{ title?: ReactNode; size?: 'default' | 'small' }>) => {
  const field = useField()
  return (
    <AntdCard size={props.size ?? 'small'} title={props.title ?? field?.title} style={{ marginBottom: 16 }}>
      {props.children}
    </AntdCard>
  )
})

/** Explanatory text (`x-component: "Text"`): `x-content`, else the node's description. */
export const Text = observer((props: { content?: ReactNode; children?: ReactNode }) => {
  const field = useField()
  return (
    <Typography.Paragraph type="secondary">{props.children ?? props.content ?? field?.description}</Typography.Paragraph>
  )
})
