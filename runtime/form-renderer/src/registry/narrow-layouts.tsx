import { ArrayTable as FormilyArrayTable, FormGrid as FormilyFormGrid } from '@formily/antd-v5'
import type { ComponentProps } from 'react'

/**
 * The narrowest a FormGrid column may get (px) unless the form says otherwise: on a phone (375 px)
 * a grid then falls back to one field per row instead of squeezing labels and inputs side by side.
 */
export const GRID_MIN_COLUMN_WIDTH = 200

type GridProps = ComponentProps<typeof FormilyFormGrid>
type TableProps = ComponentProps<typeof FormilyArrayTable>

/** Formily's FormGrid with {@link GRID_MIN_COLUMN_WIDTH} as the default `minWidth`. */
export const FormGrid = Object.assign(
  (props: GridProps) => <FormilyFormGrid {...props} minWidth={props.minWidth ?? GRID_MIN_COLUMN_WIDTH} />,
  {
    GridColumn: FormilyFormGrid.GridColumn,
    createFormGrid: FormilyFormGrid.createFormGrid,
    useFormGrid: FormilyFormGrid.useFormGrid,
  },
)

/**
 * Formily's ArrayTable whose columns keep their widths and scroll inside the table's box when the
 * screen is narrower than the table (antd `scroll.x`), instead of being squeezed to nothing.
 */
export const ArrayTable = Object.assign(
  (props: TableProps) => <FormilyArrayTable {...props} scroll={props.scroll ?? { x: 'max-content' }} />,
  {
    Column: FormilyArrayTable.Column,
    Index: FormilyArrayTable.Index,
    SortHandle: FormilyArrayTable.SortHandle,
    Addition: FormilyArrayTable.Addition,
    Copy: FormilyArrayTable.Copy,
    Remove: FormilyArrayTable.Remove,
    MoveDown: FormilyArrayTable.MoveDown,
    MoveUp: FormilyArrayTable.MoveUp,
    useArray: FormilyArrayTable.useArray,
    useIndex: FormilyArrayTable.useIndex,
    useRecord: FormilyArrayTable.useRecord,
  },
)
