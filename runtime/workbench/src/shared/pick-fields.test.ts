import { pickFields } from './pick-fields'

it('keeps only editable fields', () => {
  expect(pickFields({ a: 1, b: 2 }, ['b', 'c'])).toEqual({ b: 2 })
})
