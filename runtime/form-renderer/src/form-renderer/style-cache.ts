import { createCache } from '@ant-design/cssinjs'

type StyleCache = ReturnType<typeof createCache>

/**
 * The antd style cache a `<FormRenderer>` renders with, one per style container (the document's
 * `<head>` unless an outer `StyleProvider` names another, e.g. a shadow root). It changes two
 * things antd's own cache does, both about work repeated per widget instance, not about which
 * styles end up in the document:
 *
 * 1. antd forgets the styles it generated for a component (and the theme token) as soon as the
 *    last component using them unmounts, and generates them again for the next form; this cache
 *    keeps them, so style generation happens once per page load, not once per form shown.
 * 2. antd writes a component's style into the document from an insertion effect of *every*
 *    instance: each of 200 inputs scans the container's `<style>` elements and reads the matching
 *    one's `innerHTML` to compare it with the style text (≈ 8 % of a 200-field form's first render).
 *    Once the style element is in the container, this cache marks the entry the way antd marks
 *    styles that came from a static CSS file (`CSS_FILE_STYLE`), and antd skips that effect for
 *    the remaining instances. antd never removes style elements on its own (`autoClear` is off), so
 *    the element stays; if it is gone anyway (HMR), antd regenerates the entry and writes it again.
 */
export function rendererStyleCache(container?: Element | ShadowRoot): StyleCache {
  const key = container ?? defaultContainerKey
  let cache = caches.get(key)
  if (!cache) {
    cache = keepingCache(container)
    caches.set(key, cache)
  }
  return cache
}

/** antd's marker for "this style is already in the page" (`CSS_FILE_STYLE` of @ant-design/cssinjs). */
export const STYLE_IN_PAGE = '_FILE_STYLE__'

// helpers

const defaultContainerKey = {}
const caches = new WeakMap<object, StyleCache>()

// Style entries: key `style%<token>%<component path>`, value `[styleText, tokenKey, styleId, effectStyles, …]`.
const STYLE_PREFIX = 'style%'
const ATTR_MARK = 'data-css-hash'

function keepingCache(container: Element | ShadowRoot | undefined): StyleCache {
  const cache = createCache()
  const update = cache.opUpdate.bind(cache)
  cache.opUpdate = (key, valueFn) =>
    update(key, (prev) => {
      const next = valueFn(prev)
      // antd removes an entry by returning null once its use count drops to 0: keep it with count 0.
      if (next === null && prev) return [0, prev[1]]
      // antd counts a use after the instance's insertion effect wrote the style: mark it written.
      if (next && key.startsWith(STYLE_PREFIX) && next[0] > (prev?.[0] ?? 0)) markIfInPage(next[1], container)
      return next
    })
  return cache
}

function markIfInPage(entry: unknown, container: Element | ShadowRoot | undefined) {
  if (!Array.isArray(entry) || typeof entry[0] !== 'string' || entry[0] === STYLE_IN_PAGE) return
  if (typeof document === 'undefined' || typeof entry[2] !== 'string' || !/^[\w-]+$/.test(entry[2])) return
  const root = container ?? document.head
  if (!root?.querySelector(`style[${ATTR_MARK}="${entry[2]}"]`)) return
  // In place: the instances rendered in the same pass hold this very array for their effects.
  entry[0] = STYLE_IN_PAGE
}
