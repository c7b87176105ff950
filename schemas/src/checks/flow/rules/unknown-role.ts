import { nodeIssue, nodeLabel, type FlowCheck } from '../flow-check'
import { assigneesOf } from '../node-settings'

const CODE = 'flow.unknown-role'

/** Assignee rules name organisation roles that the directory defines. */
export const unknownRole: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '办理人规则只引用已有角色', en: 'Assignee rules name existing roles' },
  run({ graph, knownRoles }) {
    if (!knownRoles) return []
    return [...graph.nodes.values()].flatMap((n) =>
      assigneesOf(n.node).flatMap((rule, j) => {
        const named =
          rule.kind === 'role'
            ? [{ role: rule.role, suffix: `/assignees/${j}/role` }]
            : rule.kind === 'applicant-chosen'
              ? (rule.candidateRoles ?? []).map((role, k) => ({
                  role,
                  suffix: `/assignees/${j}/candidateRoles/${k}`,
                }))
              : []
        return named
          .filter(({ role }) => !knownRoles.has(role))
          .map(({ role, suffix }) =>
            nodeIssue(
              CODE,
              n,
              `节点${nodeLabel(n.node)}的办理人规则引用了未定义的角色“${role}”`,
              `An assignee rule of node ${nodeLabel(n.node)} names the undefined role "${role}"`,
              { suffix },
            ),
          )
      }),
    )
  },
}
