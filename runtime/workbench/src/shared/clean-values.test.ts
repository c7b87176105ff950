import { cleanValues } from './clean-values'

it('drops ArrayTable bookkeeping keys at any depth and keeps everything else', () => {
  const v = {
    a: 1,
    rows: [
      { x: 'y', __DO_NOT_USE_THIS_PROPERTY_index__: 0, nested: { __DO_NOT_USE_THIS_PROPERTY_x: 1, k: null } },
    ],
    s: 'text',
  }
  expect(cleanValues(v)).toEqual({ a: 1, rows: [{ x: 'y', nested: { k: null } }], s: 'text' })
})
