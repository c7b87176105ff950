/**
 * The safe expression language: the only way designer-written logic runs, in the browser and on the
 * server alike. Parsed to an AST (jsep) and interpreted; never `eval`/`new Function`.
 *
 * Names: a bare identifier is a top-level form field (`amount > 10000`); `$`-names are context
 * (`$applicant.orgId`, `$node.id`, `$self`, `$deps[0]`, `$values`, `$record`, `$index`, `$case`,
 * `$today`, `$now`). See README.md for the grammar, the functions and the safety rules.
 */
export { ExpressionError, EXPRESSION_ERROR_CODES, type ExpressionErrorCode } from './errors'
export {
  compileExpression,
  evaluateExpression,
  type CompiledExpression,
  type ExpressionScope,
} from './compile'
export { checkExpression, type ExpressionEnvironment } from './check'
export { EXPRESSION_FUNCTIONS, describeExpressionFunctions, type ExpressionFunction } from './functions'
export { templateExpression } from './template'
export { formilyCompiler, FORMILY_FIELD_VIEW_KEYS, FORMILY_FORM_VIEW_KEYS } from './formily-compiler'
export { MAX_SOURCE_LENGTH, MAX_AST_DEPTH } from './limits'
