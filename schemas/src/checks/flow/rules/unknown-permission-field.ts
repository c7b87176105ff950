import { pointerSegment } from '../../../common/issue'
import { namesField } from '../../form/form-model'
import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'
import { fieldPermissionsOf } from '../node-settings'

const CODE = 'flow.unknown-permission-field'

/** Field permissions name fields of the form. */
export const unknownPermissionField: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '字段权限只引用表单中的字段', en: 'Field permissions name fields of the form' },
  run({ graph, form }) {
    if (!form) return []
    return [...graph.nodes.values()].flatMap((n) =>
      Object.keys(fieldPermissionsOf(n.node)?.fields ?? {})
        .filter((field) => !namesField(form, field))
        .map((field) =>
          nodeIssue(
            CODE,
            n,
            `节点${nodeLabel(n.node)}的字段权限引用了表单中不存在的字段“${field}”`,
            `Field permissions of node ${nodeLabel(n.node)} name "${field}", which the form lacks`,
            { suffix: `/fieldPermissions/fields/${pointerSegment(field)}` },
          ),
        ),
    )
  },
}
