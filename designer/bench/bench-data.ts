import type { FlowDocument, FormDocument, FormNode } from '@tongban/schemas'

/** A valid flow of `n` nodes: a chain of approvals with an exclusive split every 10 nodes. */
export function bigFlow(n: number): FlowDocument {
  const nodes: FlowDocument['nodes'] = [{ id: 'start', type: 'start', name: '开始' }]
  const edges: FlowDocument['edges'] = []
  let prev = 'start'
  let i = 1
  while (nodes.length < n - 1) {
    if (i % 10 === 0 && nodes.length < n - 4) {
      const gw = `gw-${i}`
      const a = `a-${i}`
      const b = `b-${i}`
      const join = `j-${i}`
      nodes.push({ id: gw, type: 'exclusive', name: `分支${i}` })
      nodes.push({ id: a, type: 'approval', name: `审批${i}A`, assignees: [{ kind: 'applicant-head', levels: 1, mode: 'nth' }] })
      nodes.push({ id: b, type: 'handle', name: `办理${i}B`, assignees: [{ kind: 'applicant' }], multi: { mode: 'all' } })
      nodes.push({ id: join, type: 'exclusive', name: `合并${i}` })
      edges.push({ id: `e-${prev}-${gw}`, source: prev, target: gw })
      edges.push({ id: `e-${gw}-${a}`, source: gw, target: a, condition: `amount > ${i}` })
      edges.push({ id: `e-${gw}-${b}`, source: gw, target: b, isDefault: true })
      edges.push({ id: `e-${a}-${join}`, source: a, target: join })
      edges.push({ id: `e-${b}-${join}`, source: b, target: join })
      prev = join
    } else {
      const id = `n-${i}`
      nodes.push({ id, type: 'approval', name: `审批节点${i}`, assignees: [{ kind: 'role', role: 'archive-officer', org: { from: 'accepting' } }] })
      edges.push({ id: `e-${prev}-${id}`, source: prev, target: id })
      prev = id
    }
    i++
  }
  nodes.push({ id: 'end', type: 'end', name: '结束' })
  edges.push({ id: `e-${prev}-end`, source: prev, target: 'end' })
  return { nodes, edges, settings: { allowWithdraw: true, allowCancel: true, resubmit: 'restart' } }
}

/** A form of `n` fields, in cards of 10. */
export function bigForm(n: number): FormDocument {
  const properties: Record<string, FormNode> = {}
  for (let c = 0; c < Math.ceil(n / 10); c++) {
    const fields: Record<string, FormNode> = {}
    for (let f = c * 10; f < Math.min(n, c * 10 + 10); f++)
      fields[`f${f}`] = { type: 'string', title: `字段 ${f}`, 'x-decorator': 'FormItem', 'x-component': f % 3 ? 'Input' : 'Select', ...(f % 3 ? {} : { enum: ['a', 'b'] }) }
    properties[`card${c}`] = { type: 'void', 'x-component': 'Card', 'x-component-props': { title: `分组 ${c}` }, properties: fields }
  }
  return { schema: { type: 'object', properties } }
}
