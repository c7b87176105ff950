/** Test-only: the browser APIs antd reads that jsdom lacks. Import first in jsdom tests. */
window.matchMedia ??= ((q: string) => ({
  matches: false,
  media: q,
  onchange: null,
  addListener() {},
  removeListener() {},
  addEventListener() {},
  removeEventListener() {},
  dispatchEvent: () => false,
})) as never
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as never
// jsdom does not implement pseudo-element styles; antd asks for them when measuring scrollbars.
const original = window.getComputedStyle
window.getComputedStyle = (elt: Element) => original(elt)
// jsdom's window lacks structuredClone; JSON data is all the tests clone.
globalThis.structuredClone ??= (<T>(v: T): T => JSON.parse(JSON.stringify(v))) as typeof structuredClone
