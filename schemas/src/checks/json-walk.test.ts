import { jsonStrings } from './json-walk'

describe('jsonStrings', () => {
  it('lists every string and key with its pointer, in document order', () => {
    const found = jsonStrings({ a: 'x', 'b/c': ['y', { 'd~': 'z' }], n: 1 }, '/root')
    expect(found.map((s) => [s.pointer, s.text, s.key])).toEqual([
      ['/root/a', 'a', true],
      ['/root/b~1c', 'b/c', true],
      ['/root/n', 'n', true],
      ['/root/a', 'x', false],
      ['/root/b~1c/0', 'y', false],
      ['/root/b~1c/1/d~0', 'd~', true],
      ['/root/b~1c/1/d~0', 'z', false],
    ])
  })

  it('handles nesting deeper than the call stack would allow', () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 20_000; i++) deep = [deep]
    expect(jsonStrings(deep).map((s) => s.text)).toEqual(['bottom'])
  })
})
