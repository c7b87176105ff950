import { issue, pointerSegment, type Issue } from '../../common/issue'
import type { MatterBundle } from '../../bundle/bundle.schema'
import { runChecks, type DocumentCheck } from '../check'

export type BundleCheck = DocumentCheck<{ readonly bundle: MatterBundle }>

/** A sub-flow into the bundle's own matter would start itself again, without end. */
const subflowSelf: BundleCheck = {
  code: 'bundle.subflow-self',
  title: { 'zh-CN': '子流程不启动本事项', en: 'A sub-flow does not start its own matter' },
  run({ bundle }) {
    return bundle.flow.nodes.flatMap((node, i) =>
      node.type === 'subflow' && node.matterCode === bundle.matter.code
        ? [
            issue(
              `/flow/nodes/${i}/matterCode`,
              'bundle.subflow-self',
              `子流程节点“${node.name}”启动的是本事项，会无限递归`,
              `Sub-flow node "${node.name}" starts its own matter, recursing without end`,
              {
                target: { nodeId: node.id },
              },
            ),
          ]
        : [],
    )
  },
}

/** Layout entries for nodes and edges the flow no longer has (left behind by edits). */
const layoutMatchesFlow: BundleCheck = {
  code: 'bundle.layout-unknown-element',
  title: { 'zh-CN': '布局只包含流程中的节点和连线', en: 'Layout covers only elements of the flow' },
  run({ bundle }) {
    if (!bundle.layout) return []
    const nodes = new Set(bundle.flow.nodes.map((n) => n.id))
    const edges = new Set(bundle.flow.edges.map((e) => e.id))
    const stale = (kind: 'nodes' | 'edges', ids: string[], known: Set<string>) =>
      ids
        .filter((id) => !known.has(id))
        .map((id) =>
          issue(
            `/layout/${kind}/${pointerSegment(id)}`,
            'bundle.layout-unknown-element',
            `布局中的“${id}”不在流程中`,
            `Layout entry "${id}" is not in the flow`,
            {
              severity: 'warning',
            },
          ),
        )
    return [
      ...stale('nodes', Object.keys(bundle.layout.nodes), nodes),
      ...stale('edges', Object.keys(bundle.layout.edges ?? {}), edges),
    ]
  },
}

export const BUNDLE_CHECKS: readonly BundleCheck[] = [subflowSelf, layoutMatchesFlow]

export function runBundleChecks(bundle: MatterBundle): Issue[] {
  return runChecks(BUNDLE_CHECKS, { bundle })
}
