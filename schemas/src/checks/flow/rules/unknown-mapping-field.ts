import { namesField } from '../../form/form-model'
import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'

const CODE = 'flow.unknown-mapping-field'

/** Sub-flow outputs and service results write into fields of this case's form. */
export const unknownMappingField: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '回写的字段存在于表单中', en: 'Mapped results go to fields of the form' },
  run({ graph, form }) {
    if (!form) return []
    return [...graph.nodes.values()].flatMap((n) => {
      const node = n.node
      const [key, list] =
        node.type === 'subflow'
          ? ['outputs', node.outputs]
          : node.type === 'service'
            ? ['results', node.results ?? []]
            : ['', []]
      return list.flatMap((mapping, j) =>
        namesField(form, mapping.to)
          ? []
          : [
              nodeIssue(
                CODE,
                n,
                `节点${nodeLabel(node)}把结果写入表单中不存在的字段“${mapping.to}”`,
                `Node ${nodeLabel(node)} writes a result into "${mapping.to}", which the form lacks`,
                { suffix: `/${key}/${j}/to` },
              ),
            ],
      )
    })
  },
}
