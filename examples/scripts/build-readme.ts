/**
 * Regenerates the tables of `examples/README.md` (between `<!-- name:start -->` and
 * `<!-- name:end -->` markers) from the committed data, so the README cannot drift from it.
 *
 * Run: `npm run build:readme -w @tongban/examples`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DirectoryDocument, FlowNode, MatterBundle, Organisation } from '@tongban/schemas'
import { createDirectoryLookup } from '../src/directory-lookup'
import { loadBundles, loadDirectory } from '../src/load'
import { resolveAssignees } from '../src/resolve-assignees'
import { loadSamples } from '../src/samples'
import { PACKAGE_DIR } from './lib/write-json'

const README = join(PACKAGE_DIR, 'README.md')

const PLATFORM: Record<string, string> = {
  admin: '系统管理：用户、单位、日历、系统设置',
  designer: '事项设计：设计、审核、发布表单与流程',
  clerk: '发起办件、补正、撤回、催办',
  approver: '处理待办：审批、办理、退回、转办、加签',
  supervisor: '效能监管：监控看板、黄红牌、统计',
  auditor: '审计：查看全部办件与审计日志（只读）',
}

function orgLabel(dir: DirectoryDocument, id: string): string {
  const look = createDirectoryLookup(dir)
  const o = look.org(id)
  if (!o) return id
  // city departments go by their short names (市财政局); county ones need the county (枫林县档案馆)
  const short = (x: Organisation) => (x.parentId === 'yx' ? (x.shortName ?? x.name) : x.name)
  if (o.kind === 'office') {
    const dept = look.org(o.parentId!)!
    return `${short(dept)}·${o.name}`
  }
  return o.kind === 'region' ? o.name : short(o)
}

function orgTree(dir: DirectoryDocument): string {
  const children = (id: string) => dir.organisations.filter((o) => o.parentId === id)
  const lines: string[] = []
  const city = dir.organisations.find((o) => o.parentId === null)!
  lines.push(`- **${city.name}**（市级，${children(city.id).filter((o) => o.kind === 'department').length} 个部门）`)
  for (const d of children(city.id).filter((o) => o.kind === 'department')) {
    lines.push(`  - ${d.name}（\`${d.id}\`）：${children(d.id).map((o) => o.name).join('、')}`)
  }
  for (const r of children(city.id).filter((o) => o.kind === 'region')) {
    const depts = children(r.id)
    const level = { district: '区', county: '县', zone: '开发区', city: '市', province: '省' }[r.regionLevel!]
    lines.push(`- **${r.name}**（${level}，\`${r.id}\`，${depts.length} 个部门）：${depts.map((o) => o.shortName ?? o.name).join('、')}`)
  }
  return lines.join('\n')
}

function peopleTable(dir: DirectoryDocument, bundles: MatterBundle[]): string {
  const look = createDirectoryLookup(dir)
  const positions = new Map(dir.positions.map((p) => [p.code, p.name]))
  const roleNames = new Map(dir.orgRoles.map((r) => [r.code, r.name]))
  const steps = new Map<string, string[]>()
  for (const b of bundles) {
    for (const n of b.flow.nodes) {
      if (!('assignees' in n)) continue
      const ids = new Set(n.assignees.flatMap((r) => resolveAssignees(r, b, look)))
      for (const id of ids) steps.set(id, [...(steps.get(id) ?? []), `${b.matter.code} ${n.name}`])
    }
  }
  const rows = dir.people.map((p) => {
    const primary = p.memberships.find((m) => m.primary)!
    const other = p.memberships.filter((m) => !m.primary).map((m) => `兼 ${orgLabel(dir, m.orgId)}`)
    const duties = [
      ...dir.organisations.filter((o) => o.headId === p.id).map((o) => `${orgLabel(dir, o.id)}负责人`),
      ...dir.organisations.flatMap((o) => (o.leaders ?? []).filter((l) => l.personId === p.id).map((l) => `${orgLabel(dir, o.id)}${l.title ?? '分管领导'}`)),
      ...(p.orgRoles ?? []).map((g) => `${roleNames.get(g.role)}（${orgLabel(dir, g.orgId)}）`),
    ]
    const can = [...p.roles.map((r) => PLATFORM[r]), ...(steps.get(p.id) ?? [])]
    return `| \`${p.username}\` | ${p.name} | ${[orgLabel(dir, primary.orgId), ...other].join('；')} | ${positions.get(primary.positionCode)} | ${p.roles.join(', ')} | ${duties.join('；') || '—'} | ${can.join('；')} |`
  })
  return ['| 用户名 | 姓名 | 单位 | 职务 | 平台角色 | 负责/分管/单位角色 | 在产品中能做什么（含示例事项中的环节） |', '|---|---|---|---|---|---|---|', ...rows].join('\n')
}

const MODE: Record<string, string> = { sequential: '依次审批', all: '会签', any: '或签', ratio: '比例会签' }

function features(b: MatterBundle): string[] {
  const out = new Set<string>()
  const label = (n: FlowNode): string | undefined => {
    switch (n.type) {
      case 'cc': return '抄送'
      case 'exclusive': return '条件分支（含默认）'
      case 'parallel-split': return '并行分支/汇聚'
      case 'inclusive-split': return '包容分支/汇聚'
      case 'subflow': return `子流程→${n.matterCode}`
      case 'timer': return n.timer.kind === 'date' ? `定时（日期 \`${n.timer.expression}\`）` : `定时（${n.timer.duration.value}个工作日）`
      case 'service': return `webhook \`${n.topic}\`${n.waitForCallback ? '＋回调' : ''}`
      default: return undefined
    }
  }
  for (const n of b.flow.nodes) {
    const l = label(n)
    if (l) out.add(l)
    if (n.type !== 'approval' && n.type !== 'handle') continue
    if (n.multi) out.add(n.multi.mode === 'ratio' ? `${MODE.ratio} ${n.multi.ratio}` : MODE[n.multi.mode]!)
    for (const r of n.assignees) out.add(r.kind === 'form-field' ? `表单字段取人（${r.as}）` : r.kind === 'applicant-head' ? `申请人上级（${r.mode} ${r.levels}）` : r.kind)
    const p = n.policies
    if (p?.emptyAssignee) out.add(`无审批人→${p.emptyAssignee.action}`)
    if (p?.applicantIsApprover) out.add(`审批人是申请人→${p.applicantIsApprover}`)
    if (p?.duplicateApprover) out.add(`重复审批人→${p.duplicateApprover}`)
    if (p?.rejection) out.add(`驳回→${p.rejection.action}${p.rejection.nodeId ? ` ${p.rejection.nodeId}` : ''}`)
    if (p?.timeout) out.add(`超时→${p.timeout.action}`)
  }
  if (b.flow.nodes.some((n) => 'fieldPermissions' in n && Object.values(n.fieldPermissions?.fields ?? {}).includes('hidden'))) out.add('字段隐藏')
  if (b.matter.materials.some((m) => m.systemSupplied)) out.add('系统提供材料')
  return [...out]
}

function matterTable(dir: DirectoryDocument, bundles: MatterBundle[]): string {
  const ordered = [...bundles].sort((a, b) => Number(!!a.matter.variantOf) - Number(!!b.matter.variantOf) || a.matter.code.localeCompare(b.matter.code))
  const rows = ordered.map((b) => {
    const m = b.matter
    const limits = `${m.timeLimits.promisedDays}${m.timeLimits.legalDays ? ` / ${m.timeLimits.legalDays}` : ''}`
    const variant = m.variantOf ? `（${bundles.find((x) => x.matter.id === m.variantOf)?.matter.code} 的区县版本）` : ''
    return `| \`${m.code}\` | ${m.shortName ?? m.name}${variant} | ${orgLabel(dir, m.acceptingOrgId)} | ${limits} | ${features(b).join('；')} |`
  })
  return ['| 编码 | 事项 | 受理单位 | 承诺/法定时限（工作日） | 演示的能力 |', '|---|---|---|---|---|', ...rows].join('\n')
}

function summary(dir: DirectoryDocument, bundles: MatterBundle[]): string {
  const variants = bundles.filter((b) => b.matter.variantOf).length
  return [
    '| What | Where | Schema |',
    '|---|---|---|',
    `| Directory: ${dir.organisations.length} organisations, ${dir.people.length} people, ${dir.positions.length} positions, ${dir.orgRoles.length} organisation roles | \`data/directory.json\` | \`DirectoryDocument\` |`,
    '| Working-day calendar 2025–2026 (public holidays, make-up working days) | `data/calendar.json` | `WorkingCalendar` |',
    `| ${bundles.length} matter bundles (${bundles.length - variants} city standards + ${variants} county variants), one file per matter code | \`matters/<code>.json\` | \`MatterBundle\` |`,
    `| ${loadSamples().length} example submissions: form data per matter and the nodes the case passes | \`data/samples.jsonl\` | \`ExampleSubmission\` (this package) |`,
  ].join('\n')
}

export function renderSections(): Record<string, string> {
  const dir = loadDirectory()
  const bundles = loadBundles()
  return { summary: summary(dir, bundles), 'org-tree': orgTree(dir), people: peopleTable(dir, bundles), matters: matterTable(dir, bundles) }
}

/** Replace each `<!-- name:start -->…<!-- name:end -->` block with its generated text. */
export function applySections(readme: string, sections = renderSections()): string {
  let out = readme
  for (const [name, body] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!re.test(out)) throw new Error(`README has no ${name} markers`)
    out = out.replace(re, (_m, a: string, b: string) => `${a}\n${body}\n${b}`)
  }
  return out
}

export const readReadme = () => readFileSync(README, 'utf8')

if (require.main === module) {
  writeFileSync(README, applySections(readReadme()), 'utf8')
  console.log(`updated ${README}`)
}
