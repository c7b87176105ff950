import { Type } from '@sinclair/typebox'
import { Id, MatterBundle } from '@tongban/schemas'
import type { Request } from 'express'
import type { Pool } from '../../../../libraries/db'
import { defineRoute, type RouteDefinition } from '../../../../libraries/http/define-route'
import { metaOf, param, principalOf, queryInt, queryString } from '../../../../libraries/http/request'
import { errors } from '../../../../libraries/errors/app-error'
import * as repo from '../../data-access/matter-repository'
import { checkBundle } from '../../domain/check-bundle'
import { diffBundles } from '../../domain/diff-bundles'
import { catalogScope, editsMatters } from '../../domain/matter-access'
import * as service from '../../domain/matters-service'

const PublishBody = Type.Object(
  { notes: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
)
const VariantBody = Type.Object(
  {
    id: Id,
    regionId: Id,
    acceptingOrgId: Id,
    code: Type.Optional(Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,39}$' })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
)

export function matterRoutes(pool: Pool): RouteDefinition[] {
  const actor = (req: Request) => ({ principal: principalOf(req), meta: metaOf(req) })
  /** The matter if the caller may see it; 404 otherwise (no hint that it exists). */
  const visible = async (req: Request) => {
    const id = param(req, 'id')
    const p = principalOf(req)
    const row = await repo.findMatter(pool, id)
    if (!row) throw errors.notFound('事项', 'Matter', id)
    if (editsMatters(p)) return row
    const scope = await catalogScope(pool, p)
    const found = await repo.searchMatters(pool, {
      ...scope,
      code: row.code,
      regionId: row.regionId,
      limit: 1,
      offset: 0,
    })
    if (!found.items.some((m) => m.id === id)) throw errors.notFound('事项', 'Matter', id)
    return row
  }
  const bundleAt = async (row: repo.MatterRow, which: string | undefined) => {
    if (which === 'draft') return row.draft
    const version = which === undefined ? row.currentVersion : Number(which)
    if (!Number.isInteger(version) || version < 1)
      throw errors.notFound('事项版本', 'Matter version', String(which))
    const v = await repo.findVersion(pool, row.id, version)
    if (!v) throw errors.notFound('事项版本', 'Matter version', String(version))
    return v.bundle
  }
  const drafts = (req: Request, which: string | undefined) => {
    if (which === 'draft' && !editsMatters(principalOf(req))) throw errors.forbidden('matters:write')
  }

  return [
    defineRoute({
      method: 'get',
      path: '/api/matters',
      summary: '事项目录检索（名称、编码、部门、类别、地区、状态） / Search the matter catalog',
      tag: 'matters',
      access: 'matters:read',
      query: [
        { name: 'q', description: '名称或编码包含' },
        { name: 'code', description: '事项编码' },
        { name: 'department', description: '受理单位 id' },
        { name: 'category', description: '类别' },
        { name: 'region', description: '地区 id' },
        { name: 'status', description: '状态', enum: ['draft', 'published', 'retired'] },
        { name: 'limit', description: '每页条数（最多 200）' },
        { name: 'offset', description: '偏移' },
      ],
      handler: async (req) => {
        const scope = await catalogScope(pool, principalOf(req))
        return repo.searchMatters(pool, {
          ...scope,
          q: queryString(req, 'q'),
          code: queryString(req, 'code'),
          acceptingOrgId: queryString(req, 'department'),
          category: queryString(req, 'category'),
          regionId: queryString(req, 'region'),
          status: queryString(req, 'status'),
          limit: queryInt(req, 'limit', 50, 200),
          offset: queryInt(req, 'offset', 0),
        })
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/matters',
      summary: '新建事项草稿（MatterBundle） / Create a matter draft',
      tag: 'matters',
      access: 'matters:write',
      body: MatterBundle,
      bodyName: 'MatterBundle',
      bodyLimit: 5 * 1024 * 1024,
      success: { status: 201, description: 'created' },
      handler: (req) => service.createMatter(pool, req.body, actor(req)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/matters/:id',
      summary:
        '事项详情：目录信息与当前发布版本（设计人员另见草稿） / A matter with its published bundle (and draft for designers)',
      tag: 'matters',
      access: 'matters:read',
      handler: async (req) => {
        const row = await visible(req)
        const published =
          row.currentVersion > 0
            ? ((await repo.findVersion(pool, row.id, row.currentVersion))?.bundle ?? null)
            : null
        const { draft, ...summary } = row
        return { ...summary, published, ...(editsMatters(principalOf(req)) ? { draft } : {}) }
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/matters/:id/draft',
      summary:
        '保存草稿（If-Match: 草稿修订号，防止覆盖他人修改） / Save the draft (If-Match: draft revision)',
      tag: 'matters',
      access: 'matters:write',
      body: MatterBundle,
      bodyName: 'MatterBundle',
      bodyLimit: 5 * 1024 * 1024,
      handler: (req) => {
        const ifMatch = req.get('if-match')?.replace(/"/g, '')
        const revision = ifMatch && /^\d+$/.test(ifMatch) ? Number(ifMatch) : null
        return service.saveDraft(pool, param(req, 'id'), req.body, revision, actor(req))
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/matters/:id',
      summary: '删除从未发布的事项 / Delete a never-published matter',
      tag: 'matters',
      access: 'matters:write',
      handler: async (req) => {
        await service.deleteDraftMatter(pool, param(req, 'id'), actor(req))
        return undefined
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/matters/:id/validate',
      summary: '校验草稿（不保存），返回全部问题 / Check the draft and list every issue',
      tag: 'matters',
      access: 'matters:write',
      handler: async (req) => {
        const row = await visible(req)
        const issues = checkBundle({ ...row.draft, version: row.currentVersion + 1 })
        return { ok: !issues.some((i) => i.severity === 'error'), issues }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/matters/:id/publish',
      summary: '发布：把草稿冻结为新的不可变版本 / Publish the draft as a new immutable version',
      tag: 'matters',
      access: 'matters:write',
      body: PublishBody,
      bodyName: 'PublishRequest',
      success: { status: 201, description: 'the frozen bundle' },
      handler: (req) =>
        service.publishMatter(pool, param(req, 'id'), (req.body as { notes?: string }).notes, actor(req)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matters/:id/retire',
      summary: '停用事项（在办件不受影响） / Retire a matter; running cases continue',
      tag: 'matters',
      access: 'matters:write',
      handler: async (req) => {
        await service.retireMatter(pool, param(req, 'id'), actor(req))
        return undefined
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/matters/:id/versions',
      summary: '版本历史 / Version history',
      tag: 'matters',
      access: 'matters:read',
      handler: async (req) => ({ items: await repo.listVersions(pool, (await visible(req)).id) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/matters/:id/versions/:version',
      summary: "某个已发布版本的完整包（或 draft） / One version's bundle (or the draft)",
      tag: 'matters',
      access: 'matters:read',
      handler: async (req) => {
        const which = param(req, 'version')
        drafts(req, which)
        return bundleAt(await visible(req), which)
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/matters/:id/diff',
      summary: '两个版本的差异（from/to 为版本号或 draft） / Differences between two versions',
      tag: 'matters',
      access: 'matters:read',
      query: [
        { name: 'from', description: '版本号' },
        { name: 'to', description: '版本号或 draft（默认 draft）' },
      ],
      handler: async (req) => {
        const row = await visible(req)
        const from = queryString(req, 'from') ?? String(Math.max(1, row.currentVersion - 1))
        const to =
          queryString(req, 'to') ?? (editsMatters(principalOf(req)) ? 'draft' : String(row.currentVersion))
        drafts(req, from)
        drafts(req, to)
        return { from, to, ...diffBundles(await bundleAt(row, from), await bundleAt(row, to)) }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/matters/:id/export',
      summary: '导出事项包 JSON（version=版本号或 draft，默认当前版本） / Export a bundle as JSON',
      tag: 'matters',
      access: 'matters:read',
      query: [{ name: 'version', description: '版本号或 draft' }],
      handler: async (req, res) => {
        const row = await visible(req)
        const which =
          queryString(req, 'version') ?? (row.currentVersion > 0 ? String(row.currentVersion) : 'draft')
        drafts(req, which)
        const bundle = await bundleAt(row, which)
        res.setHeader('Content-Disposition', `attachment; filename="${row.code}-${which}.json"`)
        res.json(bundle)
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/matters/import',
      summary: '导入事项包 JSON（新建或替换草稿；publish=true 时同时发布） / Import a bundle',
      tag: 'matters',
      access: 'matters:write',
      body: MatterBundle,
      bodyName: 'MatterBundle',
      bodyLimit: 5 * 1024 * 1024,
      query: [{ name: 'publish', description: 'true: 导入后发布' }],
      handler: (req) =>
        service.importBundle(pool, req.body, { publish: queryString(req, 'publish') === 'true' }, actor(req)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/matters/:id/variants',
      summary: '创建地区变体（复制标准事项） / Create a regional variant of a standard matter',
      tag: 'matters',
      access: 'matters:write',
      body: VariantBody,
      bodyName: 'CreateVariantRequest',
      success: { status: 201, description: 'the variant draft' },
      handler: async (req) => {
        const input = req.body as {
          id: string
          regionId: string
          acceptingOrgId: string
          code?: string
          name?: string
        }
        return service.createVariant(pool, param(req, 'id'), input, actor(req))
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/matters/:id/variants',
      summary: '地区变体列表 / Regional variants of a matter',
      tag: 'matters',
      access: 'matters:read',
      handler: async (req) => {
        const row = await visible(req)
        const { rows } = await pool.query(
          `SELECT id, code, region_id AS "regionId", name, status, current_version AS "currentVersion" FROM matters WHERE variant_of = $1 ORDER BY region_id`,
          [row.id],
        )
        return { items: rows }
      },
    }),
  ]
}
