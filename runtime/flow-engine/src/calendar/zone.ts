/**
 * Offsets of the zones working calendars use. China has had no daylight saving time since 1991,
 * so a fixed offset is exact for every date the platform handles; zones with DST are refused
 * rather than computed wrongly.
 */
const FIXED_ZONES: Record<string, number> = {
  'Asia/Shanghai': 480,
  'Asia/Chongqing': 480,
  'Asia/Chungking': 480,
  'Asia/Harbin': 480,
  'Asia/Urumqi': 360,
  'Asia/Kashgar': 360,
  'Asia/Hong_Kong': 480,
  'Asia/Macau': 480,
  'Asia/Taipei': 480,
  PRC: 480,
  UTC: 0,
  'Etc/UTC': 0,
  GMT: 0,
  'Etc/GMT': 0,
}

/** Minutes east of UTC for a calendar zone (IANA name without DST, or `+08:00`). */
export function zoneOffsetMinutes(timeZone: string | undefined): number {
  if (timeZone === undefined || timeZone === '') return 480
  const fixed = FIXED_ZONES[timeZone]
  if (fixed !== undefined) return fixed
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(timeZone)
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
  throw new RangeError(`unsupported calendar time zone (use a zone without DST): ${timeZone}`)
}
