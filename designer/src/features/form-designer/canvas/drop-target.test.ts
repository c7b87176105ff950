import type { FormDocument } from '@tongban/schemas'
import { archiveLookup } from '../../../fixtures'
import { CommandStack } from '../../../shared/command-stack'
import { addField, moveField } from '../commands'
import { getNode, type FieldPath } from '../model/form-tree'
import { containerId, dropTargetAt, innermostAt, isInside, moveIndex, pathId, type Rect } from './drop-target'

const form = archiveLookup.form
const rootKeys = Object.keys(form.schema.properties ?? {})
const keys = (f: FormDocument, path: FieldPath = []) => Object.keys(getNode(f, path)?.properties ?? {})

/** The root list as the canvas lays it out: cards 42 px tall, 8 px apart, inside the root container. */
function layout(): Map<string, Rect> {
  const rects = new Map<string, Rect>([[containerId([]), { top: 0, left: 0, width: 420, height: 10 + rootKeys.length * 50 }]])
  rootKeys.forEach((k, i) => rects.set(pathId([k]), { top: 10 + i * 50, left: 10, width: 400, height: 42 }))
  return rects
}
const card = (i: number) => layout().get(pathId([rootKeys[i]!]))!

describe('dropTargetAt: where a palette item dropped on the form canvas lands', () => {
  it('between two fields, near the lower edge of the first: after the first (it used to land before it)', () => {
    const first = card(1)
    const target = dropTargetAt(form, { x: 200, y: first.top + first.height - 4 }, layout())
    expect(target).toEqual({ parent: [], index: 2, overId: pathId([rootKeys[1]!]) })
    // through the command: the new field sits between fields 1 and 2
    const next = new CommandStack(structuredClone(form)).execute(addField(target!.parent, 'added', { type: 'string', 'x-component': 'Input' }, target!.index))
    expect(keys(next).slice(0, 4)).toEqual([rootKeys[0], rootKeys[1], 'added', rootKeys[2]])
  })

  it('in the gap between two cards (over the container itself): between them, not at the end', () => {
    expect(dropTargetAt(form, { x: 200, y: card(1).top + 46 }, layout())).toEqual({ parent: [], index: 2, overId: containerId([]) })
  })

  it('in the upper half of a card: before it; below the last card: at the end', () => {
    expect(dropTargetAt(form, { x: 200, y: card(0).top + 5 }, layout())?.index).toBe(0)
    expect(dropTargetAt(form, { x: 200, y: card(3).top + 10 }, layout())?.index).toBe(3)
    const rects = layout()
    rects.set(containerId([]), { ...rects.get(containerId([]))!, height: 10 + rootKeys.length * 50 + 60 })
    expect(dropTargetAt(form, { x: 200, y: 10 + rootKeys.length * 50 + 30 }, rects)?.index).toBe(rootKeys.length)
  })

  it('inside a nested container: the innermost droppable under the pointer wins', () => {
    const rects = layout()
    const at = rootKeys.indexOf('records')
    const outer = card(at)
    rects.set(pathId(['records']), { ...outer, height: 120 })
    rects.set(containerId(['records', '[]']), { top: outer.top + 30, left: 20, width: 380, height: 80 })
    const inner = keys(form, ['records', '[]'])
    inner.forEach((k, i) => rects.set(pathId(['records', '[]', k]), { top: outer.top + 34 + i * 36, left: 24, width: 370, height: 30 }))
    expect(innermostAt({ x: 100, y: outer.top + 36 }, rects)).toBe(pathId(['records', '[]', inner[0]!]))
    expect(dropTargetAt(form, { x: 100, y: outer.top + 36 + 20 }, rects)).toMatchObject({ parent: ['records', '[]'], index: 1 })
    // on the card's own header: beside the card in the root list
    expect(dropTargetAt(form, { x: 100, y: outer.top + 5 }, rects)).toMatchObject({ parent: [], index: at })
  })

  it('outside every droppable: nothing', () => {
    expect(dropTargetAt(form, { x: 900, y: 10 }, layout())).toBeUndefined()
  })
})

describe('moveIndex: the index moveField gets for a dragged card', () => {
  const move = (from: FieldPath, pointerY: number) => {
    const target = dropTargetAt(form, { x: 200, y: pointerY }, layout())!
    const next = new CommandStack(structuredClone(form)).execute(moveField(from, target.parent, moveIndex(form, from, target)))
    return keys(next)
  }
  it('over a sibling card in its own list: takes that card place (as the sortable list shows)', () => {
    expect(move([rootKeys[0]!], card(2).top + 5).indexOf(rootKeys[0]!)).toBe(2)
    expect(move([rootKeys[3]!], card(1).top + 30).indexOf(rootKeys[3]!)).toBe(1)
  })
  it('into a gap of its own list below it: between the two cards around the gap', () => {
    const after = move([rootKeys[0]!], card(2).top + 46)
    expect(after.slice(0, 3)).toEqual([rootKeys[1], rootKeys[2], rootKeys[0]])
  })
  it('into another container: the insertion point as is', () => {
    const target = { parent: ['records', '[]'], index: 1, overId: containerId(['records', '[]']) }
    expect(moveIndex(form, [rootKeys[0]!], target)).toBe(1)
  })
  it('a container never goes into itself', () => {
    expect(isInside(['records'], ['records', '[]'])).toBe(true)
    expect(isInside(['records'], [])).toBe(false)
  })
})
