/** A tiny XML writer: enough for the BPMN export, escaping done in one place. */
export type XmlAttrs = Record<string, string | number | boolean | undefined>

export interface XmlElement {
  name: string
  attrs?: XmlAttrs
  children?: Array<XmlElement | string>
  /** Raw text wrapped in CDATA. */
  cdata?: string
}

export const el = (name: string, attrs: XmlAttrs = {}, children: Array<XmlElement | string | undefined | false> = []): XmlElement => ({
  name,
  attrs,
  children: children.filter((c): c is XmlElement | string => !!c),
})

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** `]]>` cannot appear inside CDATA: split it across two sections. */
export const cdata = (text: string) => `<![CDATA[${text.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`

export function serialize(node: XmlElement | string, indent = ''): string {
  if (typeof node === 'string') return indent + escapeXml(node)
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('')
  if (node.cdata !== undefined) return `${indent}<${node.name}${attrs}>${cdata(node.cdata)}</${node.name}>`
  const children = node.children ?? []
  if (!children.length) return `${indent}<${node.name}${attrs}/>`
  if (children.length === 1 && typeof children[0] === 'string')
    return `${indent}<${node.name}${attrs}>${escapeXml(children[0])}</${node.name}>`
  const inner = children.map((c) => serialize(c, indent + '  ')).join('\n')
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`
}
