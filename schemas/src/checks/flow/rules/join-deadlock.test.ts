import { validateFlow } from '../../../validate/validate-flow'

/** Build a flow from `a>b` edge specs; node types by id prefix (p: parallel, x: exclusive, j: join). */
function flowOf(...specs: string[]) {
  const ids = new Set(specs.flatMap((s) => s.replace(/[?*]/g, '').split('>')))
  const typeOf = (id: string) =>
    id === 'start'
      ? 'start'
      : id.startsWith('end')
        ? 'end'
        : id.startsWith('p')
          ? 'parallel-split'
          : id.startsWith('j')
            ? 'parallel-join'
            : id.startsWith('x')
              ? 'exclusive'
              : 'approval'
  const nodes = [...ids].map((id) => ({
    id,
    type: typeOf(id),
    name: id,
    ...(typeOf(id) === 'approval' ? { assignees: [{ kind: 'applicant' }] } : {}),
  }))
  // `x>a?` is a conditional branch, `x>b*` the default one.
  const edges = specs.map((s, i) => {
    const [source, raw] = s.split('>') as [string, string]
    const target = raw.replace(/[?*]/g, '')
    return {
      id: `e${i}`,
      source,
      target,
      ...(raw.endsWith('?') ? { condition: 'n > 1' } : {}),
      ...(raw.endsWith('*') ? { isDefault: true } : {}),
    }
  })
  return { nodes, edges, settings: { allowWithdraw: true, allowCancel: true, resubmit: 'restart' } }
}

const codes = (...specs: string[]) =>
  validateFlow(flowOf(...specs)).map((i) => `${i.code}@${i.target?.nodeId}`)

describe('join deadlock and split/join matching', () => {
  it('accepts a choice inside a branch whose options merge before the join', () => {
    expect(
      codes('start>p1', 'p1>a', 'p1>x1', 'x1>b?', 'x1>c*', 'b>m', 'c>m', 'a>j1', 'm>j1', 'j1>end'),
    ).toEqual([])
  })

  it('accepts a choice before the split: it decides whether the region runs, not which inputs arrive', () => {
    expect(codes('start>x1', 'x1>p1?', 'x1>d*', 'd>end', 'p1>a', 'p1>b', 'a>j1', 'b>j1', 'j1>end2')).toEqual(
      [],
    )
  })

  it('accepts nested parallel regions', () => {
    expect(
      codes('start>p1', 'p1>p2', 'p1>c', 'p2>a', 'p2>b', 'a>j2', 'b>j2', 'j2>j1', 'c>j1', 'j1>end'),
    ).toEqual([])
  })

  it('reports a choice inside a branch that may leave the region', () => {
    expect(codes('start>p1', 'p1>a', 'p1>x1', 'x1>b?', 'x1>end2*', 'a>j1', 'b>j1', 'j1>end')).toEqual([
      'flow.unmatched-split-join@p1',
      'flow.unmatched-split-join@j1',
      'flow.join-deadlock@j1',
    ])
  })

  it('reports a choice feeding two inputs of the join', () => {
    expect(codes('start>p1', 'p1>a', 'p1>x1', 'x1>b?', 'x1>c*', 'a>j1', 'b>j1', 'c>j1', 'j1>end')).toEqual([
      'flow.join-deadlock@j1',
    ])
  })

  it('reports a join of only some branches of a split', () => {
    expect(codes('start>p1', 'p1>a', 'p1>b', 'p1>c', 'a>j1', 'b>j1', 'j1>j2', 'c>j2', 'j2>end')).toEqual([
      'flow.unmatched-split-join@j1',
    ])
  })

  it('reports a parallel split merging into a task instead of a join', () => {
    expect(codes('start>p1', 'p1>a', 'p1>b', 'a>m', 'b>m', 'm>end')).toEqual(['flow.unmatched-split-join@p1'])
  })
})
