import type { FormDocument } from '@tongban/schemas'
import { applyFieldAccess, fieldAccessFor, resolveFieldAccess } from './field-access'

const form: FormDocument = {
  schema: {
    type: 'object',
    properties: {
      card: { type: 'void', properties: { name: { type: 'string' }, idNumber: { type: 'string' } } },
      address: { type: 'object', properties: { city: { type: 'string' }, street: { type: 'string' } } },
      members: { type: 'array', items: { type: 'object', properties: { who: { type: 'string' }, note: { type: 'string' } } } },
      opinion: { type: 'string' },
    },
  },
}

describe('field access', () => {
  const permissions = {
    default: 'read' as const,
    fields: { opinion: 'edit' as const, idNumber: 'hidden' as const, 'address.city': 'edit' as const, 'members.note': 'edit' as const },
  }

  test('the most specific entry wins; unlisted fields get the default; no task means edit', () => {
    expect(fieldAccessFor(form, permissions)).toEqual({
      name: 'read',
      idNumber: 'hidden',
      address: 'read',
      'address.city': 'edit',
      'address.street': 'read',
      members: 'read',
      'members.*.who': 'read',
      'members.*.note': 'edit',
      opinion: 'edit',
    })
    expect(resolveFieldAccess({ fields: {} }, 'x')).toBe('read')
    expect(resolveFieldAccess({ fields: { members: 'hidden' } }, 'members.*.who')).toBe('hidden')
    expect(resolveFieldAccess(undefined, 'x')).toBe('edit')
  })

  test('applyFieldAccess marks read fields read-pretty and hides hidden ones, leaving the input untouched', () => {
    const out = applyFieldAccess(form, permissions).schema.properties!
    expect(out.card!.properties!.name!['x-pattern']).toBe('readPretty')
    expect(out.card!.properties!.idNumber!['x-display']).toBe('hidden')
    expect(out.address!['x-pattern']).toBeUndefined()
    expect(out.address!.properties!.city!['x-pattern']).toBeUndefined()
    expect(out.members!['x-pattern']).toBe('readPretty')
    expect(out.members!.items!.properties!.note!['x-pattern']).toBe('editable')
    expect(out.opinion!['x-pattern']).toBeUndefined()
    expect(form.schema.properties!.opinion).toEqual({ type: 'string' })
  })
})

describe('a resolved access map (the flow engine’s nodeFieldAccess)', () => {
  test('reads like permissions with default read; nested paths inherit', () => {
    const map = { opinion: 'edit' as const, members: 'edit' as const, name: 'hidden' as const }
    expect(resolveFieldAccess(map, 'opinion')).toBe('edit')
    expect(resolveFieldAccess(map, 'members.*.who')).toBe('edit')
    expect(resolveFieldAccess(map, 'name')).toBe('hidden')
    expect(resolveFieldAccess(map, 'address.city')).toBe('read')
  })
})
