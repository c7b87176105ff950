import { createCache } from '@ant-design/cssinjs'

/**
 * The antd style cache every `<FormRenderer>` renders with. antd forgets the styles it generated
 * for a component (and the theme token) as soon as the last component using them unmounts, and
 * generates them again for the next form; this cache keeps them, so a form's widgets cost their
 * style generation once per page load, not once per form shown. The style elements in the document
 * are the same either way (antd never removes them).
 */
export const rendererStyleCache = keepingCache()

// helpers

function keepingCache(): ReturnType<typeof createCache> {
  const cache = createCache()
  const update = cache.opUpdate.bind(cache)
  // antd removes an entry by returning null once its use count drops to 0: keep it with count 0.
  cache.opUpdate = (key, valueFn) =>
    update(key, (prev) => {
      const next = valueFn(prev)
      return next === null && prev ? [0, prev[1]] : next
    })
  return cache
}
