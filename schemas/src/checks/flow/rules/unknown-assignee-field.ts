import { namesField } from '../../form/form-model'
import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'
import { assigneesOf } from '../node-settings'

const CODE = 'flow.unknown-assignee-field'

/** Rules that take people or organisations from a form field name a field of the form. */
export const unknownAssigneeField: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '办理人规则只引用表单中的字段', en: 'Assignee rules name fields of the form' },
  run({ graph, form }) {
    if (!form) return []
    return [...graph.nodes.values()].flatMap((n) =>
      assigneesOf(n.node).flatMap((rule, j) => {
        const named: Array<{ field: string; suffix: string }> = []
        if (rule.kind === 'form-field') named.push({ field: rule.field, suffix: `/assignees/${j}/field` })
        if ('org' in rule && rule.org.from === 'field')
          named.push({ field: rule.org.field, suffix: `/assignees/${j}/org/field` })
        return named
          .filter(({ field }) => !namesField(form, field))
          .map(({ field, suffix }) =>
            nodeIssue(
              CODE,
              n,
              `节点${nodeLabel(n.node)}的办理人规则引用了表单中不存在的字段“${field}”`,
              `An assignee rule of node ${nodeLabel(n.node)} names "${field}", which the form lacks`,
              { suffix },
            ),
          )
      }),
    )
  },
}
