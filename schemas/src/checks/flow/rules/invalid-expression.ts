import type { Issue } from '../../../common/issue'
import { checkExpression } from '../../../expression'
import type { DataMapping } from '../../../flow/flow.schema'
import { FLOW_EXPRESSION_CONTEXT, type FlowCheck, type FlowCheckContext } from '../flow-check'

/** Codes that only make sense when the names in scope are known. */
const NAME_CODES = new Set(['expression.unknown-name', 'expression.unknown-context'])

const CODE = 'flow.invalid-expression'

/**
 * Every expression in the flow parses and names only what exists: edge conditions, timer dates,
 * sub-flow inputs and service payloads read this case's form fields and `$applicant $case $today
 * $now`. Sub-flow outputs (read in the child case) and service results (read in the callback body)
 * are checked for syntax only: their names belong to another document.
 */
export const invalidExpression: FlowCheck = {
  code: CODE,
  title: { 'zh-CN': '表达式正确且只引用已有字段', en: 'Expressions are valid and name existing fields' },
  run(context) {
    const { flow } = context
    const issues: Issue[] = []
    const report = (source: string, path: string, target: Issue['target'], namesKnown: boolean) => {
      for (const problem of check(context, source, path, namesKnown)) {
        issues.push({ ...problem, code: CODE, ...(target ? { target } : {}) })
      }
    }
    flow.edges.forEach((edge, i) => {
      if (edge.condition !== undefined)
        report(edge.condition, `/edges/${i}/condition`, { edgeId: edge.id }, true)
    })
    flow.nodes.forEach((node, i) => {
      const target = { nodeId: node.id }
      const mappings = (key: string, list: readonly DataMapping[] | undefined, namesKnown: boolean) =>
        list?.forEach((m, j) => report(m.from, `/nodes/${i}/${key}/${j}/from`, target, namesKnown))
      if (node.type === 'timer' && node.timer.kind === 'date') {
        report(node.timer.expression, `/nodes/${i}/timer/expression`, target, true)
      } else if (node.type === 'subflow') {
        mappings('inputs', node.inputs, true)
        mappings('outputs', node.outputs, false)
      } else if (node.type === 'service') {
        mappings('payload', node.payload, true)
        mappings('results', node.results, false)
      }
    })
    return issues
  },
}

// helpers

function check(context: FlowCheckContext, source: string, path: string, namesKnown: boolean): Issue[] {
  const fields = context.form ? [...context.form.topLevelFields] : []
  const issues = checkExpression(source, { fields, context: FLOW_EXPRESSION_CONTEXT }, path)
  // Without the form (or for another document's names) only the language itself can be checked.
  if (namesKnown && context.form) return issues
  return issues.filter(
    (i) => !NAME_CODES.has(i.code) || (namesKnown && i.code === 'expression.unknown-context'),
  )
}
