import type { FormDocument, Material } from '@tongban/schemas'

/** An archive look-up (档案查阅) form exercising linkage, our widgets and an array. */
export const archiveForm: FormDocument = {
  schema: {
    type: 'object',
    properties: {
      applicant: {
        type: 'void',
        title: '申请人信息',
        'x-component': 'Card',
        properties: {
          applicantName: {
            type: 'string',
            title: '申请人',
            required: true,
            'x-decorator': 'FormItem',
            'x-component': 'Input',
            'x-tongban': { binding: 'applicant.name' },
          },
          department: {
            type: 'string',
            title: '所在单位',
            'x-decorator': 'FormItem',
            'x-component': 'OrgPicker',
            'x-tongban': { binding: 'applicant.orgId' },
          },
          phone: {
            type: 'string',
            title: '联系电话',
            required: true,
            'x-decorator': 'FormItem',
            'x-component': 'PhoneInput',
            'x-tongban': { binding: 'applicant.phone' },
          },
          idNumber: { type: 'string', title: '身份证号', 'x-decorator': 'FormItem', 'x-component': 'IdCardInput' },
        },
      },
      applyType: {
        type: 'string',
        title: '申请类型',
        required: true,
        enum: [
          { label: '个人', value: 'personal' },
          { label: '单位', value: 'company' },
        ],
        'x-decorator': 'FormItem',
        'x-component': 'Radio.Group',
      },
      companyName: {
        type: 'string',
        title: '单位名称',
        required: true,
        'x-decorator': 'FormItem',
        'x-component': 'Input',
        'x-reactions': { dependencies: ['applyType'], fulfill: { state: { visible: "{{$deps[0] === 'company'}}" } } },
      },
      purpose: { type: 'string', title: '查阅目的', required: true, 'x-decorator': 'FormItem', 'x-component': 'Input.TextArea' },
      archiveOffice: { type: 'string', title: '档案室', 'x-decorator': 'FormItem', 'x-component': 'RegionSelect' },
      handler: { type: 'string', title: '经办人', 'x-decorator': 'FormItem', 'x-component': 'PersonPicker' },
      materials: { type: 'array', title: '申请材料', 'x-decorator': 'FormItem', 'x-component': 'MaterialUpload' },
      opinion: { type: 'string', title: '审核意见', 'x-decorator': 'FormItem', 'x-component': 'OpinionBox' },
      signature: { type: 'string', title: '签名', 'x-decorator': 'FormItem', 'x-component': 'Signature' },
    },
  },
}

export const archiveMaterials: Material[] = [
  { id: 'letter', name: '单位介绍信', required: true, systemSupplied: false, template: '/templates/letter.docx', accept: ['pdf', 'jpg'] },
  { id: 'idcopy', name: '身份证复印件', required: true, systemSupplied: true, source: 'directory.person' },
  { id: 'other', name: '其他说明材料', required: false, systemSupplied: false },
]

export const directoryData = {
  organisations: [
    { id: 'lishui', name: '丽水市', parentId: null, kind: 'region' as const },
    { id: 'liandu', name: '莲都区', parentId: 'lishui', kind: 'region' as const },
    { id: 'archive', name: '市档案馆', parentId: 'lishui', kind: 'department' as const },
    { id: 'archive-office', name: '利用科', parentId: 'archive', kind: 'office' as const },
    { id: 'hr', name: '市人力社保局', parentId: 'lishui', kind: 'department' as const },
  ],
  people: [
    { id: 'p-zhang', name: '张三', orgId: 'hr', position: '科员', phone: '13800138000' },
    { id: 'p-li', name: '李四', orgId: 'archive', position: '科长', phone: '13900139000' },
  ],
}

export const applicantProfile = { id: 'p-zhang', name: '张三', phone: '13800138000', orgId: 'hr', orgName: '市人力社保局', position: '科员' }
