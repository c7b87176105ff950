import type { DayKind } from '../model/month-grid'

/** Colours and labels of the day kinds (the legend and the cells share them). */
export const DAY_STYLE: Record<
  DayKind,
  { background: string; color: string; zh: string; en: string; badge?: string }
> = {
  workday: { background: '#fff', color: 'rgba(0,0,0,0.88)', zh: '工作日', en: 'Working day' },
  weekend: { background: '#f5f5f5', color: 'rgba(0,0,0,0.45)', zh: '周末', en: 'Weekend' },
  holiday: { background: '#fff1f0', color: '#cf1322', zh: '法定节假日', en: 'Public holiday', badge: '休' },
  makeup: { background: '#e6f4ff', color: '#0958d9', zh: '调休上班', en: 'Make-up working day', badge: '班' },
}
