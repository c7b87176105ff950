/**
 * Assembles a published MatterBundle (version 1) from a matter's standard elements, its form and
 * its flow, and derives county variants from a city standard.
 */
import type { FlowDocument, FlowNode, FormDocument, Matter, MatterBundle, Material } from '@tongban/schemas'
import { layoutFlow } from './flow-kit'

export const PUBLISHED_AT = '2026-01-05T01:30:00.000Z'
export const PUBLISHED_BY = 'p-chensiyuan'
export const CALENDAR_ID = 'cn-mainland'

export type MatterSpec = Omit<Matter, 'id' | 'status' | 'version' | 'channels' | 'applicantScope'> &
  Partial<Pick<Matter, 'channels' | 'applicantScope'>> & {
    form: FormDocument
    flow: FlowDocument
    notes?: string
  }

export const matterId = (code: string) => `m-${code.toLowerCase()}`

export function material(
  id: string,
  name: string,
  o: Partial<Omit<Material, 'id' | 'name'>> = {},
): Material {
  return { id, name, required: o.required ?? true, systemSupplied: o.systemSupplied ?? false, accept: ['pdf', 'jpg', 'png', 'ofd'], maxSizeMb: 20, ...o }
}

export function defineMatter(spec: MatterSpec): MatterBundle {
  const { form, flow, notes, ...elements } = spec
  const matter: Matter = {
    id: matterId(spec.code),
    ...elements,
    applicantScope: spec.applicantScope ?? { kind: 'any-organisation', description: '各级机关、事业单位工作人员' },
    fee: elements.fee ?? { charged: false, description: '不收费' },
    channels: spec.channels ?? ['web', 'mobile'],
    status: 'published',
    version: 1,
    calendarId: CALENDAR_ID,
  }
  return {
    bundleFormat: 1,
    matter,
    form,
    flow,
    layout: layoutFlow(flow),
    version: 1,
    publishedAt: PUBLISHED_AT,
    publishedBy: PUBLISHED_BY,
    notes: notes ?? '首次发布（标准化梳理后上线）',
  }
}

export interface VariantSpec {
  code: string
  name?: string
  regionId: string
  acceptingOrgId: string
  timeLimits?: Matter['timeLimits']
  description?: string
  notes: string
  /** Change the copied flow (e.g. insert an approval); node ids of the standard stay stable. */
  editFlow?: (flow: FlowDocument) => void
}

/** A county variant of a city standard matter: same form and flow shape, local overrides. */
export function defineVariant(standard: MatterBundle, v: VariantSpec): MatterBundle {
  const bundle = structuredClone(standard)
  bundle.matter = {
    ...bundle.matter,
    id: matterId(v.code),
    code: v.code,
    name: v.name ?? bundle.matter.name,
    regionId: v.regionId,
    acceptingOrgId: v.acceptingOrgId,
    variantOf: standard.matter.id,
    ...(v.timeLimits ? { timeLimits: v.timeLimits } : {}),
    ...(v.description ? { description: v.description } : {}),
  }
  v.editFlow?.(bundle.flow)
  bundle.layout = layoutFlow(bundle.flow)
  bundle.notes = v.notes
  return bundle
}

/** Put `node` on the edge leaving `afterId` (which must have exactly one outgoing edge). */
export function insertAfter(flow: FlowDocument, afterId: string, node: FlowNode): void {
  const outgoing = flow.edges.filter((e) => e.source === afterId)
  if (outgoing.length !== 1) throw new Error(`insertAfter: ${afterId} has ${outgoing.length} outgoing edges`)
  const edge = outgoing[0]!
  const target = edge.target
  edge.target = node.id
  edge.id = `${afterId}__${node.id}`
  flow.nodes.splice(flow.nodes.findIndex((n) => n.id === afterId) + 1, 0, node)
  flow.edges.push({ id: `${node.id}__${target}`, source: node.id, target })
}
