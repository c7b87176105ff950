import { validateForm } from '@tongban/schemas'
import { fromReaction, toReaction, type LinkageRule } from './linkage-rule'

const rules: LinkageRule[] = [
  { field: 'classified', op: '==', value: true, action: 'show' },
  { field: 'amount', op: '>', value: 10000, action: 'require' },
  { field: 'kind', op: '!=', value: 'copy', action: 'set', setTo: 'n/a' },
]

describe('linkage rules', () => {
  it.each(rules.map((r) => [r.action, r] as const))('%s: writes a reaction and reads it back', (_, rule) => {
    expect(fromReaction(toReaction(rule))).toEqual(rule)
  })
  it('writes reactions the form checks accept', () => {
    const form = {
      schema: {
        type: 'object' as const,
        properties: {
          classified: { type: 'boolean' as const, 'x-component': 'Switch' },
          secret: { type: 'string' as const, 'x-component': 'Input', 'x-reactions': toReaction(rules[0]!) },
        },
      },
    }
    expect(validateForm(form).filter((i) => i.severity === 'error')).toEqual([])
  })
})
