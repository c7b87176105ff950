import { issue } from '../../../common/issue'
import type { FlowCheck } from '../flow-check'

const CODE = 'flow.duplicate-edge-id'

/** Edge ids are unique: the designer and the layout refer to edges by id. */
export const duplicateEdgeId: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '连线编号唯一', en: 'Unique edge ids' },
  run({ flow }) {
    const seen = new Set<string>()
    return flow.edges.flatMap((edge, index) => {
      if (!seen.has(edge.id)) {
        seen.add(edge.id)
        return []
      }
      return [
        issue(`/edges/${index}/id`, CODE, `连线编号“${edge.id}”重复`, `Duplicate edge id "${edge.id}"`, {
          target: { edgeId: edge.id },
        }),
      ]
    })
  },
}
