import type { Locator, Page } from 'playwright-core'
import { centreOf, dragTo, onCanvas } from './browser'

type Box = { x: number; y: number; width: number; height: number }
type Point = { x: number; y: number }

/** A node on the canvas by its shown name (its title text), never the MiniMap copy. */
export function nodeNamed(page: Page, name: string): Locator {
  return onCanvas(page, '.lf-node').filter({ has: page.locator('.tb-node-title', { hasText: name }) })
}

async function boxOf(loc: Locator): Promise<Box> {
  await loc.waitFor()
  const b = await loc.boundingBox()
  if (!b) throw new Error(`no box for ${String(loc)}`)
  return b
}

/** The centre of a node's main shape (its card, diamond or circle), not of its caption below. */
export async function shapeCentre(node: Locator): Promise<Point> {
  await node.waitFor()
  return node.evaluate((g) => {
    let best = { area: -1, x: 0, y: 0 }
    for (const el of g.querySelectorAll('rect, polygon, circle')) {
      const r = el.getBoundingClientRect()
      if (r.width * r.height > best.area) best = { area: r.width * r.height, x: r.x + r.width / 2, y: r.y + r.height / 2 }
    }
    return { x: best.x, y: best.y }
  })
}

const inside = (p: Point, b: Box, pad: number) =>
  p.x >= b.x - pad && p.x <= b.x + b.width + pad && p.y >= b.y - pad && p.y <= b.y + b.height + pad

/** Drag a palette item onto the canvas at a screen point; the new node is selected. */
export async function dropNode(page: Page, type: string, at: Point): Promise<void> {
  const before = await onCanvas(page, '.lf-node').count()
  await dragTo(page, await centreOf(page.getByTestId(`palette-${type}`)), at)
  await page.waitForFunction(
    (n) => document.querySelectorAll('.tb-flow-canvas .lf-node:not(.lf-mini-map *)').length > n,
    before,
  )
  await page.getByTestId('node-name').waitFor()
}

/**
 * Connect two nodes: hover the source so LogicFlow shows its anchors, press on the anchor on the
 * given side, release over the target's centre. Waits until the edge count grows.
 */
export async function connect(page: Page, from: Locator, to: Locator, side: 'right' | 'top' | 'bottom'): Promise<void> {
  const edges = onCanvas(page, '.lf-edge')
  const before = await edges.count()
  const box = await boxOf(from)
  const near = await anchorsOf(page, box, await shapeCentre(from))
  const score = (p: Point) => (side === 'right' ? p.x : side === 'top' ? -p.y : p.y)
  const anchor = near.reduce((a, b) => (score(b) > score(a) ? b : a))
  await dragTo(page, anchor, await shapeCentre(to))
  await page.waitForFunction(
    (n) => document.querySelectorAll('.tb-flow-canvas .lf-edge:not(.lf-mini-map *)').length > n,
    before,
  )
}

/** Hover a node until LogicFlow shows its own anchors (another node's may still be on show). */
async function anchorsOf(page: Page, box: Box, centre: Point): Promise<Point[]> {
  const until = Date.now() + 30_000
  for (let i = 0; Date.now() < until; i++) {
    // leave through blank canvas first: after a drag LogicFlow may keep the last node's hover state
    const blank = await page.locator('.tb-flow-canvas').boundingBox()
    if (blank) await page.mouse.move(blank.x + 8, blank.y + blank.height - 8, { steps: 2 })
    await page.mouse.move(centre.x + (i % 5) - 2, centre.y + (i % 3) - 1, { steps: 4 })
    const near = (await anchorPoints(page)).filter((p) => inside(p, box, 12))
    if (near.length) return near
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))))
  }
  await page.screenshot({ path: 'test-artifacts/no-anchors.png' }).catch(() => undefined)
  throw new Error(`LogicFlow showed no anchors on the hovered node ${JSON.stringify(box)}: ${JSON.stringify(await anchorPoints(page))}`)
}

async function anchorPoints(page: Page): Promise<Point[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.tb-flow-canvas .lf-anchor:not(.lf-mini-map *)')].map((el) => {
      const r = el.getBoundingClientRect()
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
    }),
  )
}

/** Every drawn edge as its polyline's points in screen coordinates. */
async function edgeLines(page: Page): Promise<Point[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.tb-flow-canvas .lf-edge:not(.lf-mini-map *) polyline')].map((el) => {
      const line = el as SVGPolylineElement
      const m = line.getScreenCTM()
      return [...line.points].map((p) => {
        const s = m ? new DOMPoint(p.x, p.y).matrixTransform(m) : p
        return { x: s.x, y: s.y }
      })
    }),
  )
}

/** Click the edge drawn from one node to another (the middle of its longest segment). */
export async function clickEdge(page: Page, from: Locator, to: Locator): Promise<void> {
  const [a, b] = [await boxOf(from), await boxOf(to)]
  const line = (await edgeLines(page)).find((pts) => pts.length > 1 && inside(pts[0]!, a, 14) && inside(pts[pts.length - 1]!, b, 14))
  if (!line) throw new Error('no edge drawn between the two nodes')
  let best = { len: -1, at: line[0]! }
  for (let i = 1; i < line.length; i++) {
    const [p, q] = [line[i - 1]!, line[i]!]
    const len = Math.hypot(q.x - p.x, q.y - p.y)
    if (len > best.len) best = { len, at: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 } }
  }
  await page.mouse.click(best.at.x, best.at.y)
  await page.getByTestId('edge-panel').waitFor()
}

/** Drag a node by its centre. */
export async function moveNode(page: Page, node: Locator, by: Point): Promise<void> {
  const c = await shapeCentre(node)
  const to = { x: c.x + by.x, y: c.y + by.y }
  await dragTo(page, c, to)
  const until = Date.now() + 30_000
  for (;;) {
    const now = await shapeCentre(node)
    if (Math.hypot(now.x - to.x, now.y - to.y) < 30) return
    if (Date.now() > until) throw new Error(`node did not move to ${JSON.stringify(to)}: at ${JSON.stringify(now)}`)
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))))
  }
}
