import { issue } from '../../../common/issue'
import type { FormCheck } from '../form-check'

const CODE = 'form.array-table-column-display'

/**
 * ArrayTable reads each column's display before the column field exists, so on the server and on
 * the first client render a column without `x-display: 'visible'` draws no rows (formily.md §2).
 * A warning: the designer adds it automatically; hand-written forms should too.
 */
export const arrayTableColumnDisplay: FormCheck = {
  code: CODE,
  title: { 'zh-CN': '表格列声明 x-display: visible', en: "Table columns declare x-display: 'visible'" },
  run({ nodes }) {
    return nodes
      .filter((v) => v.node['x-component'] === 'ArrayTable.Column' && v.node['x-display'] !== 'visible')
      .map((v) =>
        issue(
          `${v.pointer}/x-display`,
          CODE,
          '表格列应设置 x-display: "visible"，否则服务端渲染和首次渲染时表格没有行',
          'Table columns need x-display: "visible", or the table renders no rows on the server and on first render',
          { severity: 'warning' },
        ),
      )
  },
}
