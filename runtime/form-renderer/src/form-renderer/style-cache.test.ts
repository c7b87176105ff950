import { rendererStyleCache } from './style-cache'

test('keeps what antd would drop when the last component using a style unmounts', () => {
  rendererStyleCache.opUpdate('test%style', () => [1, 'css'])
  rendererStyleCache.opUpdate('test%style', () => null)
  expect(rendererStyleCache.opGet('test%style')).toEqual([0, 'css'])
  rendererStyleCache.opUpdate('test%style', (prev) => [(prev?.[0] ?? 0) + 1, prev?.[1]])
  expect(rendererStyleCache.opGet('test%style')).toEqual([1, 'css'])
})
