import type { ExportColumn } from '../../domain/excel-export'

export const EXPORT_TABLES = ['summary', 'breakdown', 'ranking', 'trend', 'nodes', 'cases'] as const
export type ExportTable = (typeof EXPORT_TABLES)[number]

const FIGURE_COLUMNS: ExportColumn[] = [
  { key: 'total', header: '办件量 Total' },
  { key: 'finished', header: '办结 Finished' },
  { key: 'open', header: '在办 Open' },
  { key: 'onTime', header: '按时办结 On time' },
  { key: 'late', header: '逾期办结 Late' },
  { key: 'onTimeRate', header: '按时率 On-time rate' },
  { key: 'avgDays', header: '平均办理工作日 Avg days' },
  { key: 'p90Days', header: 'P90 办理工作日 P90 days' },
  { key: 'returns', header: '退回次数 Returns' },
  { key: 'returnedCases', header: '被退回办件 Returned cases' },
  { key: 'rejected', header: '驳回 Rejected' },
  { key: 'onlineRate', header: '网办率 Online rate' },
  { key: 'red', header: '红牌 Red' },
  { key: 'yellow', header: '黄牌 Yellow' },
]

/** Columns, sheet and file names of every exportable table. */
export const EXPORT_COLUMNS: Record<
  ExportTable,
  { fileName: string; sheet: string; columns: ExportColumn[] }
> = {
  summary: { fileName: '监控总览-summary', sheet: '总览', columns: FIGURE_COLUMNS },
  breakdown: {
    fileName: '分组指标-breakdown',
    sheet: '分组',
    columns: [{ key: 'key', header: '编号 Id' }, { key: 'name', header: '名称 Name' }, ...FIGURE_COLUMNS],
  },
  ranking: {
    fileName: '部门排名-ranking',
    sheet: '排名',
    columns: [
      { key: 'rank', header: '名次 Rank' },
      { key: 'key', header: '部门编号 Department id' },
      { key: 'name', header: '部门 Department' },
      ...FIGURE_COLUMNS,
    ],
  },
  trend: {
    fileName: '趋势-trend',
    sheet: '趋势',
    columns: [{ key: 'period', header: '周期 Period' }, ...FIGURE_COLUMNS],
  },
  nodes: {
    fileName: '环节耗时-nodes',
    sheet: '环节',
    columns: [
      { key: 'matterId', header: '事项 Matter' },
      { key: 'nodeId', header: '环节编号 Node id' },
      { key: 'nodeName', header: '环节 Node' },
      { key: 'visits', header: '经过次数 Visits' },
      { key: 'completed', header: '完成次数 Completed' },
      { key: 'avgDays', header: '平均工作日 Avg days' },
      { key: 'p90Days', header: 'P90 工作日 P90 days' },
      { key: 'maxDays', header: '最长工作日 Max days' },
    ],
  },
  cases: {
    fileName: '办件列表-cases',
    sheet: '办件',
    columns: [
      { key: 'no', header: '办件编号 Case no.' },
      { key: 'title', header: '标题 Title' },
      { key: 'matterId', header: '事项 Matter' },
      { key: 'orgId', header: '受理部门 Department' },
      { key: 'status', header: '状态 Status' },
      { key: 'card', header: '亮牌 Card' },
      { key: 'submittedAt', header: '提交时间 Submitted' },
      { key: 'finishedAt', header: '办结时间 Finished' },
      { key: 'promisedDeadline', header: '承诺期限 Promised deadline' },
      { key: 'handlingDays', header: '办理工作日 Working days' },
      { key: 'onTime', header: '按时 On time' },
      { key: 'returns', header: '退回次数 Returns' },
    ],
  },
}
