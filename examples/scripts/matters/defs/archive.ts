import type { MatterBundle } from '@tongban/schemas'
import { startHiding } from '../common'
import { FlowBuilder, accepting, applicantHead, approval, cc, editOnly, end, exclusive, handle, orgHead, orgLeader, role, wd } from '../flow-kit'
import {
  applicantCard, arrayTable, card, computed, date, form, materialUpload, number, opinion, radio, select, showWhen, text, textarea, yesNo,
} from '../form-kit'
import { defineMatter, defineVariant, material } from '../matter-kit'

const PROCESSING = ['acceptOpinion', 'leaderOpinion', 'copyResult']

const archiveForm = form({
  applicant: applicantCard(),
  request: card('查阅信息', {
    purpose: select('查阅目的', [['work-reference', '工作查考'], ['compile', '编史修志'], ['audit', '审计/巡察'], ['legal', '案件办理'], ['other', '其他']], { required: true }),
    method: radio('利用方式', [['read', '阅览'], ['copy', '复制'], ['certify', '出具档案证明']], { required: true, default: 'read' }),
    purposeDetail: textarea('查阅用途说明', { required: true, maxLength: 500 }),
    records: arrayTable('查阅档案清单', {
      fondsNo: { title: '全宗号', width: 100, field: text('全宗号') },
      archiveNo: { title: '档号', width: 180, field: text('档号', { required: true }) },
      recordTitle: { title: '题名', field: text('题名', { required: true }) },
      year: { title: '年度', width: 100, field: number('年度', { integer: true, min: 1949, max: 2026, required: true }) },
    }, { required: true, minItems: 1, maxItems: 50 }),
    recordCount: computed(number('档案件数', { integer: true, min: 1, max: 500, unit: '件' }), ['records'], 'len(records)'),
    copies: number('复制份数', { integer: true, min: 1, max: 20, reactions: showWhen(['method'], "method === 'copy'") }),
    classified: yesNo('是否涉密档案', { required: true, description: '查阅涉密档案需分管领导审批' }),
    secretLevel: select('密级', [['internal', '内部'], ['confidential', '秘密'], ['secret', '机密']], { reactions: showWhen(['classified'], 'classified === true') }),
    visitDate: date('预约查阅日期', { required: true }),
  }),
  processing: card('受理与审批', {
    acceptOpinion: opinion('档案馆受理意见'),
    leaderOpinion: opinion('分管领导意见'),
    copyResult: textarea('档案提供情况', { description: '提供复制件的份数、页数及交付方式' }),
  }),
  attachments: card('申请材料', { materials: materialUpload('上传材料', ['intro-letter', 'secret-approval']) }, 1),
})

const archiveFlow = new FlowBuilder()
  .add(
    startHiding(PROCESSING),
    approval('accept', '档案馆受理', {
      assignees: [role('archivist', accepting)],
      multi: { mode: 'any' },
      timeLimit: wd(1),
      fieldPermissions: { default: 'read', fields: { acceptOpinion: 'edit', leaderOpinion: 'hidden', copyResult: 'hidden' } },
      policies: {
        emptyAssignee: { action: 'assign-to', personIds: ['p-huangwei'] },
        rejection: { action: 'end' },
        timeout: { action: 'remind', maxReminders: 2, remindEvery: wd(1) },
      },
    }),
    exclusive('classifiedGate', '是否涉密'),
    approval('leader', '分管领导审批', {
      assignees: [orgLeader(accepting, 1)],
      timeLimit: wd(2),
      fieldPermissions: editOnly(['leaderOpinion']),
      policies: { applicantIsApprover: 'assign-head', rejection: { action: 'return-to-node', nodeId: 'accept' } },
    }),
    handle('provide', '提供档案', {
      assignees: [role('archivist', accepting)],
      multi: { mode: 'any' },
      timeLimit: wd(2),
      fieldPermissions: editOnly(['copyResult']),
      policies: { duplicateApprover: 'none' },
    }),
    cc('notify', '抄送申请单位负责人', [applicantHead(1)], { default: 'read', fields: { secretLevel: 'hidden', records: 'hidden' } }),
    end('completed'),
  )
  .link('start', 'accept')
  .link('accept', 'classifiedGate')
  .link('classifiedGate', 'leader', { name: '涉密档案', condition: 'classified == true', priority: 1 })
  .link('classifiedGate', 'provide', { name: '非涉密', isDefault: true, priority: 9 })
  .chain('leader', 'provide', 'notify', 'end')
  .build()

export const archiveLookup = defineMatter({
  code: 'YX-DA-001',
  name: '跨部门档案查阅',
  shortName: '档案查阅',
  category: '档案服务',
  description: '机关工作人员因工作需要查阅市档案馆馆藏档案：申请人说明用途和档案清单，档案馆受理；涉密档案经分管领导审批；档案馆提供阅览或复制件。',
  acceptingOrgId: 'yx-daj',
  regionId: 'yx',
  legalBasis: [
    { title: '《中华人民共和国档案法》' },
    { title: '《中华人民共和国档案法实施条例》' },
    { title: '《机关档案管理规定》' },
  ],
  materials: [
    material('intro-letter', '单位介绍信', { template: '/templates/yx-da-001/intro-letter.docx' }),
    material('staff-card', '工作人员身份信息', { systemSupplied: true, source: 'directory.person', description: '由人员库自动提供，无需上传' }),
    material('secret-approval', '涉密档案查阅审批表', { required: false, description: '查阅涉密档案时提供', template: '/templates/yx-da-001/secret-approval.docx' }),
  ],
  timeLimits: { legalDays: 10, promisedDays: 3 },
  tags: ['高频', '最多跑一次'],
  form: archiveForm,
  flow: archiveFlow,
})

/** 溪城区: its archive has no deputy curator, so the curator approves classified look-ups; promised 2 days. */
export const archiveLookupXc = defineVariant(archiveLookup, {
  code: 'XC-DA-001',
  regionId: 'xc',
  acceptingOrgId: 'xc-daj',
  timeLimits: { legalDays: 10, promisedDays: 2 },
  notes: '溪城区适用：承诺时限压缩为2个工作日；涉密档案由馆长审批',
  editFlow: (flow) => {
    const leader = flow.nodes.find((n) => n.id === 'leader')
    if (leader?.type === 'approval') {
      leader.name = '馆长审批'
      leader.assignees = [orgHead(accepting)]
    }
    const accept = flow.nodes.find((n) => n.id === 'accept')
    if (accept?.type === 'approval') accept.policies = { ...accept.policies, emptyAssignee: { action: 'assign-to', personIds: ['p-wujing'] } }
  },
})

/** 枫林县: same standard, curator approves, leader step limited to 1 working day. */
export const archiveLookupFl = defineVariant(archiveLookup, {
  code: 'FL-DA-001',
  regionId: 'fl',
  acceptingOrgId: 'fl-daj',
  notes: '枫林县适用：涉密档案由馆长审批，审批环节时限1个工作日',
  editFlow: (flow) => {
    const leader = flow.nodes.find((n) => n.id === 'leader')
    if (leader?.type === 'approval') {
      leader.name = '馆长审批'
      leader.assignees = [orgHead(accepting)]
      leader.timeLimit = wd(1)
    }
    const accept = flow.nodes.find((n) => n.id === 'accept')
    if (accept?.type === 'approval') accept.policies = { ...accept.policies, emptyAssignee: { action: 'assign-to', personIds: ['p-chenjie'] } }
  },
})

export const ARCHIVE_MATTERS: MatterBundle[] = [archiveLookup, archiveLookupXc, archiveLookupFl]
