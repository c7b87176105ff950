import { cleanValues } from './clean-values'

test('removes ArrayTable bookkeeping at any depth and leaves the rest', () => {
  const date = new Date(0)
  const input = {
    records: [{ archiveNo: 'A1', __DO_NOT_USE_THIS_PROPERTY_index__: 0, nested: [{ __DO_NOT_USE_THIS_PROPERTY_x: 1, y: 2 }] }],
    when: date,
    n: 0,
    empty: null,
  }
  expect(cleanValues(input)).toEqual({ records: [{ archiveNo: 'A1', nested: [{ y: 2 }] }], when: date, n: 0, empty: null })
  expect(input.records[0]).toHaveProperty('__DO_NOT_USE_THIS_PROPERTY_index__', 0)
})
