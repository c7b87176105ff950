import { issue } from '../../../common/issue'
import type { FlowCheck } from '../flow-check'

const CODE = 'flow.dangling-edge'

/** Both ends of every edge are nodes of the flow. */
export const danglingEdge: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '连线两端都是已有节点', en: 'Edges connect existing nodes' },
  run({ flow }) {
    const ids = new Set(flow.nodes.map((n) => n.id))
    return flow.edges.flatMap((edge, index) =>
      (['source', 'target'] as const)
        .filter((end) => !ids.has(edge[end]))
        .map((end) =>
          issue(
            `/edges/${index}/${end}`,
            CODE,
            `连线“${edge.id}”的${end === 'source' ? '起点' : '终点'}“${edge[end]}”不是流程中的节点`,
            `The ${end} "${edge[end]}" of edge "${edge.id}" is not a node of the flow`,
            { target: { edgeId: edge.id } },
          ),
        ),
    )
  },
}
