import type { MatterBundle } from '@tongban/schemas'
import { startHiding } from '../common'
import {
  FlowBuilder, applicantHead, approval, cc, editOnly, end, fixed, fromField, handle, orgField, orgHead, orgLeader, role, wd,
} from '../flow-kit'
import {
  applicantCard, card, dateRange, form, idCard, materialUpload, number, opinion, orgPicker, personPicker, radio, select, text, textarea,
} from '../form-kit'
import { defineMatter, material } from '../matter-kit'

const SECONDMENT_PROCESSING = ['headOpinion', 'countersignOpinion', 'hrResult']

export const secondment = defineMatter({
  code: 'YX-RS-001',
  name: '机关工作人员借调',
  shortName: '人员借调',
  category: '人事管理',
  description: '借入单位因阶段性重点工作借调其他单位工作人员：借入单位负责人审核后，借出单位与市委组织部会签，市人力社保局办理工资与人事关系手续。',
  acceptingOrgId: 'yx-zzb',
  regionId: 'yx',
  legalBasis: [{ title: '《中华人民共和国公务员法》' }, { title: '《云溪市机关借调工作人员管理办法》', article: '第八条' }],
  materials: [
    material('secondment-letter', '借调商调函', { template: '/templates/yx-rs-001/secondment-letter.docx' }),
    material('secondee-profile', '借调人员基本情况表', { systemSupplied: true, source: 'directory.person', description: '由人员库生成' }),
    material('work-plan', '借调工作任务说明', { required: false }),
  ],
  timeLimits: { legalDays: 15, promisedDays: 8 },
  tags: ['会签'],
  form: form({
    applicant: applicantCard(),
    secondment: card('借调信息', {
      lendingOrg: orgPicker('借出单位', { required: true }),
      secondee: personPicker('借调人员', { required: true }),
      secondeePosition: text('现任职务', { required: true }),
      secondeeIdCard: idCard('身份证号', { required: true }),
      period: dateRange('借调期限', { required: true }),
      months: number('借调时长', { integer: true, min: 1, max: 12, unit: '个月', required: true, validator: { maximum: 12, message: '借调时间一般不超过一年' } }),
      salaryArrangement: radio('工资待遇', [['lender', '由借出单位发放'], ['borrower', '由借入单位发放']], { required: true, default: 'lender' }),
      reason: textarea('借调事由', { required: true }),
      task: textarea('承担的工作任务', { required: true }),
    }),
    opinions: card('审核意见', {
      headOpinion: opinion('借入单位负责人意见'),
      countersignOpinion: opinion('会签意见'),
      hrResult: textarea('人社局办理情况'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['secondment-letter', 'work-plan']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(SECONDMENT_PROCESSING),
      approval('deptHead', '借入单位负责人审核', {
        assignees: [applicantHead(1)],
        timeLimit: wd(2),
        fieldPermissions: editOnly(['headOpinion']),
        policies: { applicantIsApprover: 'assign-head', emptyAssignee: { action: 'assign-admin' } },
      }),
      approval('countersign', '借出单位与组织部会签', {
        assignees: [fromField('lendingOrg', 'org-head'), orgHead(fixed('yx-zzb-gbk'))],
        multi: { mode: 'all', anyRejectionEnds: true },
        timeLimit: wd(3),
        fieldPermissions: editOnly(['countersignOpinion']),
        policies: {
          duplicateApprover: 'once',
          rejection: { action: 'end' },
          timeout: { action: 'remind', maxReminders: 3, remindEvery: wd(1) },
        },
      }),
      handle('hr', '人社局办理', {
        assignees: [role('hr-officer', fixed('yx-rsj'))],
        multi: { mode: 'any' },
        timeLimit: wd(3),
        fieldPermissions: editOnly(['hrResult']),
      }),
      cc('notifyLender', '抄送借出单位', [fromField('lendingOrg', 'org-head')], { default: 'read', fields: { secondeeIdCard: 'hidden' } }),
      end('approved'),
    )
    .chain('start', 'deptHead', 'countersign', 'hr', 'notifyLender', 'end')
    .build(),
})

const FILE_PROCESSING = ['reviewOpinion', 'fileCheck', 'receiptNo']

export const cadreFileTransfer = defineMatter({
  code: 'YX-GB-001',
  name: '干部人事档案转递',
  shortName: '干部档案转递',
  category: '人事管理',
  description: '干部调动、任免后，由市委组织部审核并转递干部人事档案，接收单位签收回执。',
  acceptingOrgId: 'yx-zzb',
  regionId: 'yx',
  applicantScope: { kind: 'org-roles', roles: ['hr-officer', 'cadre-file-keeper'], description: '各单位人事专员、干部档案管理员' },
  legalBasis: [{ title: '《干部人事档案工作条例》' }],
  materials: [
    material('transfer-notice', '干部调动（任免）通知', {}),
    material('file-catalog', '档案材料目录', { systemSupplied: true, source: 'cadre-file-system' }),
  ],
  timeLimits: { legalDays: 20, promisedDays: 10 },
  form: form({
    applicant: applicantCard(),
    transfer: card('转递信息', {
      cadre: personPicker('干部姓名', { required: true }),
      cadreIdCard: idCard('身份证号', { required: true }),
      transferReason: select('转递原因', [['transfer', '工作调动'], ['appointment', '职务任免'], ['retire', '退休'], ['other', '其他']], { required: true }),
      appointmentDocNo: text('任免/调动文号', { required: true, placeholder: '如：云组干〔2026〕15号' }),
      fromOrg: orgPicker('转出单位', { required: true }),
      receiverOrg: orgPicker('接收单位', { required: true }),
      transferMethod: radio('转递方式', [['confidential-mail', '机要交通'], ['in-person', '专人送取']], { required: true, default: 'confidential-mail' }),
      fileVolumes: number('档案卷数', { integer: true, min: 1, max: 20, unit: '卷', required: true }),
    }),
    review: card('审核与签收', {
      reviewOpinion: opinion('组织部审核意见'),
      fileCheck: textarea('档案审核情况'),
      receiptNo: text('回执编号'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['transfer-notice']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(FILE_PROCESSING),
      approval('review', '组织部审核', {
        assignees: [orgHead(fixed('yx-zzb-gbk')), orgLeader(fixed('yx-zzb'), 1)],
        multi: { mode: 'sequential' },
        timeLimit: wd(3),
        fieldPermissions: editOnly(['reviewOpinion']),
        policies: { rejection: { action: 'return-to-applicant' } },
      }),
      handle('transferOut', '档案审核转出', {
        assignees: [role('cadre-file-keeper', fixed('yx-zzb'))],
        timeLimit: wd(5),
        fieldPermissions: editOnly(['fileCheck']),
      }),
      cc('notifyReceiver', '抄送接收单位', [fromField('receiverOrg', 'org-head')], { default: 'read', fields: { cadreIdCard: 'hidden' } }),
      handle('receive', '接收单位签收', {
        assignees: [orgHead(orgField('receiverOrg'))],
        timeLimit: wd(5),
        fieldPermissions: editOnly(['receiptNo']),
        policies: { emptyAssignee: { action: 'assign-to', personIds: ['p-hanxue'] } },
      }),
      end('completed'),
    )
    .chain('start', 'review', 'transferOut', 'notifyReceiver', 'receive', 'end')
    .build(),
})

export const PERSONNEL_MATTERS: MatterBundle[] = [secondment, cadreFileTransfer]
