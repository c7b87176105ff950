/** Display of monitoring figures; `null` (no finished case in the selection) shows a dash. */

/** 0.8571 → `85.7%`. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—'
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** Working days with up to two decimals: 2 → `2`, 1.256 → `1.26`. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined || Number.isNaN(days)) return '—'
  return String(Math.round(days * 100) / 100)
}

/** A duration in milliseconds as the largest fitting units: `2天3小时`, `45分钟` (natural time). */
export function formatDuration(ms: number, lang: 'zh-CN' | 'en'): string {
  const minutes = Math.max(0, Math.round(ms / 60_000))
  const d = Math.floor(minutes / 1440)
  const h = Math.floor((minutes % 1440) / 60)
  const m = minutes % 60
  const units =
    lang === 'en'
      ? [
          [d, 'd'],
          [h, 'h'],
          [m, 'min'],
        ]
      : [
          [d, '天'],
          [h, '小时'],
          [m, '分钟'],
        ]
  const parts = units.filter(([n]) => (n as number) > 0).slice(0, 2)
  if (parts.length === 0) return lang === 'en' ? '0 min' : '0分钟'
  return parts.map(([n, u]) => (lang === 'en' ? `${n} ${u}` : `${n}${u}`)).join(lang === 'en' ? ' ' : '')
}
