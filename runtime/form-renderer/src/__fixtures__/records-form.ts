import type { FormDocument } from '@tongban/schemas'

/**
 * A records request (档案清单) shaped like the designer's output: cards holding a FormGrid, a
 * default on a radio and inside an object, an ArrayTable of records, and a card whose only field
 * a linkage hides.
 */
export const recordsForm: FormDocument = {
  schema: {
    type: 'object',
    properties: {
      request: {
        type: 'void',
        'x-component': 'Card',
        'x-component-props': { title: '查阅信息' },
        properties: {
          grid: {
            type: 'void',
            'x-component': 'FormGrid',
            'x-component-props': { maxColumns: 2, minColumns: 1 },
            properties: {
              purpose: { type: 'string', title: '查阅目的', required: true, 'x-decorator': 'FormItem', 'x-component': 'Input' },
              method: {
                type: 'string',
                title: '利用方式',
                default: 'read',
                enum: [
                  { label: '阅览', value: 'read' },
                  { label: '复制', value: 'copy' },
                ],
                'x-decorator': 'FormItem',
                'x-component': 'Radio.Group',
              },
              classified: { type: 'boolean', title: '涉密', default: false, 'x-decorator': 'FormItem', 'x-component': 'Switch' },
              records: {
                type: 'array',
                title: '查阅档案清单',
                'x-decorator': 'FormItem',
                'x-decorator-props': { gridSpan: 2 },
                'x-component': 'ArrayTable',
                items: {
                  type: 'object',
                  properties: {
                    col_index: {
                      type: 'void',
                      'x-component': 'ArrayTable.Column',
                      'x-display': 'visible',
                      'x-component-props': { title: '序号', width: 60 },
                      properties: { idx: { type: 'void', 'x-component': 'ArrayTable.Index' } },
                    },
                    col_archiveNo: {
                      type: 'void',
                      'x-component': 'ArrayTable.Column',
                      'x-display': 'visible',
                      'x-component-props': { title: '档号', width: 180 },
                      properties: {
                        archiveNo: { type: 'string', required: true, 'x-decorator': 'FormItem', 'x-component': 'Input' },
                      },
                    },
                    col_copies: {
                      type: 'void',
                      'x-component': 'ArrayTable.Column',
                      'x-display': 'visible',
                      'x-component-props': { title: '份数', width: 100 },
                      properties: {
                        copies: { type: 'number', default: 1, 'x-decorator': 'FormItem', 'x-component': 'NumberPicker' },
                      },
                    },
                  },
                },
                properties: {
                  add: { type: 'void', title: '添加', 'x-component': 'ArrayTable.Addition' },
                },
              },
            },
          },
        },
      },
      delivery: {
        type: 'object',
        properties: {
          channel: {
            type: 'string',
            title: '领取方式',
            default: 'pickup',
            enum: [
              { label: '自取', value: 'pickup' },
              { label: '邮寄', value: 'post' },
            ],
            'x-decorator': 'FormItem',
            'x-component': 'Select',
          },
        },
      },
      secrecy: {
        type: 'void',
        'x-component': 'Card',
        'x-component-props': { title: '保密承诺' },
        properties: {
          pledge: {
            type: 'string',
            title: '保密承诺书编号',
            'x-decorator': 'FormItem',
            'x-component': 'Input',
            'x-reactions': { dependencies: ['classified'], fulfill: { state: { visible: '{{$deps[0] === true}}' } } },
          },
        },
      },
    },
  },
}
