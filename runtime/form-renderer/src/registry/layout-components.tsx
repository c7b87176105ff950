import { observer, useField, useForm } from '@formily/react'
import { Card as AntdCard, Typography } from 'antd'
import type { PropsWithChildren, ReactNode } from 'react'
import { hasVisibleContent } from './visible-content'

/**
 * A titled section (`type: "void"`, `x-component: "Card"`); the title comes from props or the node's
 * title. Hidden while none of its fields is shown (linkage, task access), so no empty card is left;
 * its children stay rendered so that a linkage can bring them back.
 */
export const Card = observer((props: PropsWithChildren<{ title?: ReactNode; size?: 'default' | 'small' }>) => {
  const field = useField()
  const form = useForm()
  const shown = !field || hasVisibleContent(form, field)
  return (
    <AntdCard
      size={props.size ?? 'small'}
      title={props.title ?? field?.title}
      style={{ marginBottom: 16, ...(shown ? {} : { display: 'none' }) }}
      className="tongban-card"
    >
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
