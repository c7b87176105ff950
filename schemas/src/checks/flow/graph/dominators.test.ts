import { dominates, immediateDominators, reversed, type DirectedGraph } from './dominators'

function graphOf(edges: Array<[string, string]>): DirectedGraph {
  return {
    successors: (n) => edges.filter(([a]) => a === n).map(([, b]) => b),
    predecessors: (n) => edges.filter(([, b]) => b === n).map(([a]) => a),
  }
}

describe('immediateDominators', () => {
  it('finds the diamond head as the merge point’s dominator', () => {
    const g = graphOf([
      ['s', 'a'],
      ['s', 'b'],
      ['a', 'j'],
      ['b', 'j'],
      ['j', 'e'],
    ])
    const idom = immediateDominators('s', g)
    expect(Object.fromEntries(idom)).toEqual({ s: 's', a: 's', b: 's', j: 's', e: 'j' })
    expect(dominates(idom, 's', 'e')).toBe(true)
    expect(dominates(idom, 'a', 'j')).toBe(false)
    expect(dominates(idom, 'j', 'j')).toBe(true)
  })

  it('handles loops and leaves unreachable nodes out', () => {
    const g = graphOf([
      ['s', 'a'],
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'e'],
      ['x', 'e'],
    ])
    const idom = immediateDominators('s', g)
    expect(idom.get('a')).toBe('s')
    expect(idom.get('b')).toBe('a')
    expect(idom.get('e')).toBe('b')
    expect(idom.has('x')).toBe(false)
  })

  it('gives post-dominators on the reversed graph', () => {
    const g = graphOf([
      ['s', 'a'],
      ['s', 'b'],
      ['a', 'j'],
      ['b', 'j'],
      ['j', 'exit'],
    ])
    const ipdom = immediateDominators('exit', reversed(g))
    expect(ipdom.get('s')).toBe('j')
    expect(ipdom.get('a')).toBe('j')
  })

  it('matches the textbook example of Cooper, Harvey and Kennedy (figure 4)', () => {
    const g = graphOf([
      ['6', '5'],
      ['6', '4'],
      ['5', '1'],
      ['4', '2'],
      ['4', '3'],
      ['1', '2'],
      ['2', '1'],
      ['2', '3'],
      ['3', '2'],
    ])
    const idom = immediateDominators('6', g)
    for (const n of ['1', '2', '3', '4', '5']) expect(idom.get(n)).toBe('6')
  })
})
