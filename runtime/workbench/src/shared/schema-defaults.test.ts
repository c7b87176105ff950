import type { FormDocument } from '@tongban/schemas'
import { schemaDefaults } from './schema-defaults'

it('collects defaults through void containers and into objects, not array rows', () => {
  const form = {
    schema: {
      type: 'object',
      properties: {
        card: {
          type: 'void',
          properties: {
            method: { type: 'string', default: 'read' },
            flag: { type: 'boolean', default: false },
          },
        },
        address: { type: 'object', properties: { city: { type: 'string', default: '云溪' } } },
        rows: {
          type: 'array',
          default: [],
          items: { type: 'object', properties: { x: { type: 'string', default: 'no' } } },
        },
        plain: { type: 'string' },
      },
    },
  } as unknown as FormDocument
  expect(schemaDefaults(form)).toEqual({ method: 'read', flag: false, address: { city: '云溪' }, rows: [] })
})
