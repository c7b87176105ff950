import type { FormDocument } from '@tongban/schemas'
import { childEntries, getNode, type FieldPath } from '../model/form-tree'

/** Droppable ids on the canvas: a field card, or a container's list of children. */
export const pathId = (path: FieldPath) => 'field:' + path.join('/')
export const containerId = (path: FieldPath) => 'container:' + path.join('/')
export const parsePath = (id: string): FieldPath => {
  const rest = id.replace(/^(field|container):/, '')
  return rest ? rest.split('/') : []
}

export interface Rect {
  readonly top: number
  readonly left: number
  readonly width: number
  readonly height: number
}
export interface Point {
  readonly x: number
  readonly y: number
}
/** Where a drop lands: the container, the insertion index in it, and the droppable under the pointer. */
export interface DropTarget {
  readonly parent: FieldPath
  readonly index: number
  readonly overId: string
}

const contains = (r: Rect, p: Point) => p.x >= r.left && p.x <= r.left + r.width && p.y >= r.top && p.y <= r.top + r.height

/**
 * The droppable under the pointer: the innermost one (smallest area), since containers nest and
 * every card lies inside its container's list.
 */
export function innermostAt(pointer: Point, rects: ReadonlyMap<string, Rect>): string | undefined {
  let best: { id: string; area: number } | undefined
  for (const [id, r] of rects) {
    if (!contains(r, pointer)) continue
    const area = r.width * r.height
    if (!best || area < best.area) best = { id, area }
  }
  return best?.id
}

/**
 * Where a drop at `pointer` lands, decided by the pointer (not by which card the dragged item
 * overlaps most, which put a field dropped between A and B before A). Over a card: before it
 * when the pointer is in its upper half, after it otherwise. Over a container's own area (a gap
 * between cards, or below the last one): before the first child whose middle is below the pointer.
 */
export function dropTargetAt(form: FormDocument, pointer: Point, rects: ReadonlyMap<string, Rect>): DropTarget | undefined {
  const overId = innermostAt(pointer, rects)
  if (!overId) return undefined
  const path = parsePath(overId)
  const below = (r: Rect | undefined) => !!r && pointer.y > r.top + r.height / 2
  if (overId.startsWith('container:')) {
    const node = getNode(form, path)
    if (!node) return undefined
    const keys = childEntries(node).map(([k]) => k)
    const at = keys.findIndex((k) => {
      const r = rects.get(pathId([...path, k]))
      return !!r && !below(r)
    })
    return { parent: path, index: at < 0 ? keys.length : at, overId }
  }
  const parent = path.slice(0, -1)
  const node = getNode(form, parent)
  if (!node) return undefined
  const index = childEntries(node).findIndex(([k]) => k === path[path.length - 1])
  if (index < 0) return undefined
  return { parent, index: below(rects.get(overId)) ? index + 1 : index, overId }
}

/**
 * The index to give `moveField` (an index in the container once the field has been taken out).
 * Within its own container, over a sibling card, the field takes that card's place: what the
 * sortable list shows while dragging (arrayMove). Elsewhere the insertion point counts, less one
 * when the field leaves from above it in the same container.
 */
export function moveIndex(form: FormDocument, from: FieldPath, target: DropTarget): number {
  const fromParent = from.slice(0, -1)
  const sameParent = fromParent.join('/') === target.parent.join('/')
  if (!sameParent) return target.index
  const container = getNode(form, fromParent)
  const keys = container ? childEntries(container).map(([k]) => k) : []
  const fromIndex = keys.indexOf(from[from.length - 1]!)
  if (target.overId.startsWith('field:')) {
    const overIndex = keys.indexOf(parsePath(target.overId).at(-1)!)
    if (overIndex >= 0) return overIndex
  }
  return fromIndex >= 0 && fromIndex < target.index ? target.index - 1 : target.index
}

/** True when `to` is `from` itself or lies inside it (a container cannot go into itself). */
export function isInside(from: FieldPath, to: FieldPath): boolean {
  return to.length >= from.length && from.every((s, i) => to[i] === s)
}
