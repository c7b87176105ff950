import { Matter, validateAgainst, type Channel, type Issue } from '@tongban/schemas'

/**
 * Columns of the bulk-import sheet (standard elements), by header text. Headers may be Chinese or
 * English; lists are separated by `;` or `；`. Materials are `名称` or `名称*` (required).
 */
export const COLUMNS = {
  code: ['事项编码', 'code'],
  name: ['事项名称', 'name'],
  category: ['类别', 'category'],
  acceptingOrgId: ['受理单位', 'acceptingOrgId'],
  regionId: ['地区', 'regionId'],
  promisedDays: ['承诺时限', 'promisedDays'],
  legalDays: ['法定时限', 'legalDays'],
  channels: ['办理渠道', 'channels'],
  legalBasis: ['设定依据', 'legalBasis'],
  materials: ['申请材料', 'materials'],
  description: ['说明', 'description'],
} as const

export type ColumnKey = keyof typeof COLUMNS
export type SheetRow = Partial<Record<string, unknown>>

/** The standard elements one row carries (merged into an existing matter or a new one). */
export type MatterElements = Pick<Matter, 'code' | 'name' | 'category' | 'acceptingOrgId' | 'regionId' | 'timeLimits' | 'channels' | 'legalBasis' | 'materials'> & {
  description?: string
}

export interface ParsedRow {
  /** 1-based sheet row number (header is row 1). */
  row: number
  elements?: MatterElements
  errors: string[]
}

/** Parse sheet rows into standard elements, with every problem of a row named by its column. */
export function parseMatterRows(rows: readonly SheetRow[]): ParsedRow[] {
  return rows.map((raw, i) => parseRow(raw, i + 2))
}

/** A full Matter for a new row (id from the code), validated against the contract. */
export function newMatterFrom(e: MatterElements): { matter?: Matter; issues: Issue[] } {
  const matter: Matter = {
    id: `m-${e.code.toLowerCase()}`,
    ...e,
    applicantScope: { kind: 'any-organisation' },
    status: 'draft',
    version: 0,
  }
  const v = validateAgainst(Matter, matter)
  return v.ok ? { matter, issues: [] } : { issues: v.issues }
}

// helpers //////////////////////

function parseRow(raw: SheetRow, row: number): ParsedRow {
  const errors: string[] = []
  const get = (key: ColumnKey): string => {
    for (const h of COLUMNS[key]) if (raw[h] !== undefined && raw[h] !== null) return String(raw[h]).trim()
    return ''
  }
  const need = (key: ColumnKey) => {
    const v = get(key)
    if (!v) errors.push(`${COLUMNS[key][0]}：必填 / ${COLUMNS[key][1]}: required`)
    return v
  }
  const days = (key: ColumnKey, required: boolean): number | undefined => {
    const v = get(key)
    if (!v) {
      if (required) errors.push(`${COLUMNS[key][0]}：必填 / ${COLUMNS[key][1]}: required`)
      return undefined
    }
    const n = Number(v)
    if (!Number.isInteger(n) || n < 1 || n > 365) errors.push(`${COLUMNS[key][0]}：应为 1–365 的整数（${v}）/ ${COLUMNS[key][1]}: an integer 1–365`)
    return n
  }
  const list = (key: ColumnKey) => get(key).split(/[;；]/).map((s) => s.trim()).filter(Boolean)
  const code = need('code')
  if (code && !/^[A-Z0-9][A-Z0-9-]{1,39}$/.test(code)) errors.push(`事项编码：格式应为大写字母数字与连字符（${code}）/ code: A–Z, 0–9 and -`)
  const promisedDays = days('promisedDays', true)
  const legalDays = days('legalDays', false)
  if (promisedDays && legalDays && promisedDays > legalDays) errors.push('承诺时限不得超过法定时限 / promisedDays may not exceed legalDays')
  const channels = (list('channels').length ? list('channels') : ['web']).map((c) => (c === '网页' || c === 'PC' ? 'web' : c === '移动' || c === '移动端' ? 'mobile' : c))
  const bad = channels.filter((c) => c !== 'web' && c !== 'mobile')
  if (bad.length) errors.push(`办理渠道：未知渠道 ${bad.join('、')} / channels: unknown ${bad.join(', ')}`)
  const elements: MatterElements = {
    code,
    name: need('name'),
    category: need('category'),
    acceptingOrgId: need('acceptingOrgId'),
    regionId: need('regionId'),
    timeLimits: { promisedDays: promisedDays ?? 1, ...(legalDays ? { legalDays } : {}) },
    channels: [...new Set(channels)] as Channel[],
    legalBasis: list('legalBasis').map((title) => ({ title })),
    materials: list('materials').map((m, i) => ({
      id: `mat-${i + 1}`,
      name: m.replace(/[*＊]$/, ''),
      required: /[*＊]$/.test(m),
      systemSupplied: false,
    })),
    ...(get('description') ? { description: get('description') } : {}),
  }
  return errors.length ? { row, errors } : { row, elements, errors }
}
