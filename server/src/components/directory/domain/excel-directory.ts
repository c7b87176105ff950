import ExcelJS from 'exceljs'

/**
 * Read a directory workbook into a (not yet validated) DirectoryDocument. Sheets, by name in
 * Chinese or English, header row first:
 * - 单位 / organisations: id, name, shortName, kind, regionLevel, parentId, code, headId, order, status
 * - 职务 / positions: code, name, level
 * - 角色 / orgRoles: code, name, description
 * - 人员 / people: id, username, name, phone, email, memberships (`orgId:positionCode[:primary]; …`),
 *   roles (`clerk,approver`), orgRoles (`role@orgId; …`), status
 */
export async function readDirectoryWorkbook(buffer: Buffer): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buffer as unknown as ArrayBuffer)
  const sheet = (zh: string, en: string) => rowsOf(wb.getWorksheet(zh) ?? wb.getWorksheet(en))
  const organisations = sheet('单位', 'organisations').map((r) =>
    compact({
      id: r.id,
      name: r.name,
      shortName: r.shortName,
      kind: r.kind,
      regionLevel: r.regionLevel,
      parentId: r.parentId ?? null,
      code: r.code,
      headId: r.headId,
      order: r.order === undefined ? undefined : Number(r.order),
      status: r.status ?? 'active',
    }),
  )
  const positions = sheet('职务', 'positions').map((r) => ({
    code: r.code,
    name: r.name,
    level: Number(r.level ?? 0),
  }))
  const orgRoles = sheet('角色', 'orgRoles').map((r) =>
    compact({ code: r.code, name: r.name, description: r.description }),
  )
  const people = sheet('人员', 'people').map((r) =>
    compact({
      id: r.id,
      username: r.username,
      name: r.name,
      phone: r.phone,
      email: r.email,
      memberships: list(r.memberships, ';').map((m) => {
        const [orgId, positionCode, primary] = m.split(':').map((s) => s.trim())
        return compact({
          orgId,
          positionCode,
          primary: primary === 'primary' || primary === '主' ? true : undefined,
        })
      }),
      roles: list(r.roles, ','),
      orgRoles: list(r.orgRoles, ';').map((g) => {
        const [role, orgId] = g.split('@').map((s) => s.trim())
        return { role, orgId }
      }),
      status: r.status ?? 'active',
    }),
  )
  return { organisations, positions, orgRoles, people }
}

// helpers

function rowsOf(ws: ExcelJS.Worksheet | undefined): Array<Record<string, string | undefined>> {
  if (!ws) return []
  const header: string[] = []
  ws.getRow(1).eachCell((cell, col) => {
    header[col] = String(cell.text).trim()
  })
  const out: Array<Record<string, string | undefined>> = []
  ws.eachRow((row, n) => {
    if (n === 1) return
    const rec: Record<string, string | undefined> = {}
    row.eachCell((cell, col) => {
      const key = header[col]
      const text = String(cell.text).trim()
      if (key && text !== '') rec[key] = text
    })
    if (Object.keys(rec).length) out.push(rec)
  })
  return out
}

function list(value: string | undefined, sep: string): string[] {
  return (value ?? '')
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean)
}

function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k]
  return o
}
