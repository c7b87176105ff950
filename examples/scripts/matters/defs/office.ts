import type { MatterBundle } from '@tongban/schemas'
import { startHiding } from '../common'
import {
  FlowBuilder, accepting, applicantHead, approval, editOnly, end, exclusive, fixed, fromField, handle, hours, orgField, orgHead, orgLeader,
  parallelJoin, parallelSplit, role, theApplicant, wd,
} from '../flow-kit'
import {
  applicantCard, card, date, form, materialUpload, number, opinion, orgPicker, radio, select, showWhen, text, textarea,
} from '../form-kit'
import { defineMatter, material } from '../matter-kit'

const URGENCY: Array<[string, string]> = [['normal', '平件'], ['urgent', '急件'], ['very-urgent', '特急']]

export const sealUse = defineMatter({
  code: 'YX-YZ-001',
  name: '市政府（办公室）印章使用',
  shortName: '用印申请',
  category: '综合事务',
  description: '各单位需加盖市政府或市政府办公室印章：部门负责人审核；用印超过10份或涉密文件由市政府办公室分管领导审批，其余由秘书科审核；印章管理员登记用印。',
  acceptingOrgId: 'yx-zfb',
  regionId: 'yx',
  legalBasis: [
    { title: '《国务院关于国家行政机关和企业事业单位社会团体印章管理的规定》' },
    { title: '《党政机关公文处理工作条例》' },
  ],
  materials: [
    material('doc-to-seal', '待用印文件', {}),
    material('draft-sheet', '发文稿纸（签发单）', { required: false, systemSupplied: true, source: 'case-library', description: '从公文会签办件中自动提取' }),
  ],
  timeLimits: { promisedDays: 1 },
  tags: ['高频'],
  form: form({
    applicant: applicantCard(),
    seal: card('用印信息', {
      sealType: select('印章类型', [['gov', '云溪市人民政府印章'], ['office', '云溪市人民政府办公室印章'], ['leader', '领导人名章']], { required: true }),
      docTitle: text('文件名称', { required: true, maxLength: 100 }),
      docCount: number('用印份数', { integer: true, min: 1, max: 500, unit: '份', required: true }),
      sensitivity: radio('文件密级', [['public', '公开'], ['internal', '内部'], ['secret', '涉密']], { required: true, default: 'public' }),
      useDate: date('用印日期', { required: true }),
      sendTo: text('文件报送/发往单位'),
      purpose: textarea('用印事由', { required: true }),
    }),
    review: card('审核与登记', {
      headOpinion: opinion('部门负责人意见'),
      leaderOpinion: opinion('分管领导意见'),
      officeOpinion: opinion('秘书科意见'),
      sealRecord: textarea('用印登记', { description: '用印份数、经办人、登记编号' }),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['doc-to-seal']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['headOpinion', 'leaderOpinion', 'officeOpinion', 'sealRecord']),
      approval('deptHead', '部门负责人审核', {
        assignees: [applicantHead(1)],
        timeLimit: hours(4),
        fieldPermissions: editOnly(['headOpinion']),
        policies: { applicantIsApprover: 'skip' },
      }),
      exclusive('levelGate', '按份数与密级分流'),
      approval('leader', '分管领导审批', {
        assignees: [orgLeader(accepting, 1)],
        timeLimit: wd(1),
        fieldPermissions: editOnly(['leaderOpinion']),
        policies: { rejection: { action: 'return-to-node', nodeId: 'deptHead' } },
      }),
      approval('office', '秘书科审核', {
        assignees: [orgHead(fixed('yx-zfb-msk'))],
        timeLimit: wd(1),
        fieldPermissions: editOnly(['officeOpinion']),
      }),
      handle('seal', '用印登记', {
        assignees: [role('seal-keeper', accepting)],
        multi: { mode: 'any' },
        timeLimit: hours(4),
        fieldPermissions: editOnly(['sealRecord']),
        policies: { timeout: { action: 'remind', maxReminders: 3, remindEvery: hours(2) } },
      }),
      end('completed'),
    )
    .chain('start', 'deptHead', 'levelGate')
    .link('levelGate', 'leader', { name: '超过10份或涉密', condition: "docCount > 10 || sensitivity == 'secret'", priority: 1 })
    .link('levelGate', 'office', { name: '一般用印', isDefault: true, priority: 9 })
    .link('leader', 'seal')
    .link('office', 'seal')
    .link('seal', 'end')
    .build(),
})

export const documentCountersign = defineMatter({
  code: 'YX-HQ-001',
  name: '以市政府（办公室）名义发文会签',
  shortName: '公文会签',
  category: '公文办理',
  description: '起草单位拟以市政府或市政府办公室名义发文，需相关单位会签：各会签单位负责人同时会签，办公室核稿，分管领导签发。',
  acceptingOrgId: 'yx-zfb',
  regionId: 'yx',
  legalBasis: [{ title: '《党政机关公文处理工作条例》' }, { title: '《党政机关公文格式》', article: 'GB/T 9704-2012' }],
  materials: [
    material('draft', '文稿（送审稿）', { accept: ['doc', 'docx', 'wps', 'pdf', 'ofd'] }),
    material('legal-review', '合法性审查意见', { required: false, source: 'case-library', description: '规范性文件须附法律顾问审核意见' }),
  ],
  timeLimits: { promisedDays: 5 },
  form: form({
    applicant: applicantCard(),
    doc: card('文稿信息', {
      docTitle: text('文稿标题', { required: true, maxLength: 120, span: 2 }),
      docType: select('文种', [['notice', '通知'], ['opinion', '意见'], ['measures', '办法'], ['report', '报告'], ['request', '请示']], { required: true }),
      urgency: radio('紧急程度', URGENCY, { required: true, default: 'normal' }),
      draftOrg: orgPicker('拟稿单位', { binding: 'applicant.orgId', readOnly: true }),
      cosignOrgs: orgPicker('会签单位', { multiple: true, required: true }),
      publishScope: radio('公开属性', [['public', '主动公开'], ['on-request', '依申请公开'], ['not-public', '不予公开']], { required: true }),
      notPublicReason: textarea('不予公开理由', { reactions: showWhen(['publishScope'], "publishScope === 'not-public'") }),
      summary: textarea('主要内容', { required: true }),
    }),
    opinions: card('会签与签发', {
      draftHeadOpinion: opinion('拟稿单位负责人意见'),
      cosignOpinion: opinion('会签意见'),
      checkOpinion: opinion('核稿意见'),
      signOpinion: opinion('签发意见'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['draft', 'legal-review']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['draftHeadOpinion', 'cosignOpinion', 'checkOpinion', 'signOpinion']),
      approval('draftHead', '拟稿单位负责人审核', { assignees: [applicantHead(1)], timeLimit: wd(1), fieldPermissions: editOnly(['draftHeadOpinion']) }),
      approval('cosign', '会签单位会签', {
        assignees: [fromField('cosignOrgs', 'org-head')],
        multi: { mode: 'all' },
        timeLimit: wd(3),
        fieldPermissions: editOnly(['cosignOpinion']),
        policies: {
          emptyAssignee: { action: 'auto-approve' },
          timeout: { action: 'auto-approve' },
          rejection: { action: 'return-to-node', nodeId: 'draftHead' },
        },
      }),
      handle('check', '办公室核稿', {
        assignees: [role('document-clerk', accepting)],
        multi: { mode: 'any' },
        timeLimit: wd(1),
        fieldPermissions: { default: 'read', fields: { checkOpinion: 'edit', docTitle: 'edit', summary: 'edit' } },
      }),
      approval('sign', '分管领导签发', {
        assignees: [orgLeader(accepting, 1)],
        timeLimit: wd(1),
        fieldPermissions: editOnly(['signOpinion']),
        policies: { rejection: { action: 'return-to-node', nodeId: 'check' } },
      }),
      end('approved'),
    )
    .chain('start', 'draftHead', 'cosign', 'check', 'sign', 'end')
    .build(),
})

export const crossDepartmentLetter = defineMatter({
  code: 'YX-HJ-001',
  name: '跨部门工作函件办理',
  shortName: '跨部门函件',
  category: '公文办理',
  description: '单位向其他单位发送征求意见函、工作联系函：办文登记后分送主送单位答复，到答复截止日汇总办结。',
  acceptingOrgId: 'yx-zfb',
  regionId: 'yx',
  legalBasis: [{ title: '《党政机关公文处理工作条例》' }, { title: '《云溪市机关内部“最多跑一次”改革实施方案》' }],
  materials: [material('letter-doc', '函件正文', { accept: ['pdf', 'ofd', 'docx'] })],
  timeLimits: { promisedDays: 10 },
  tags: ['计时'],
  form: form({
    applicant: applicantCard(),
    letter: card('函件信息', {
      letterTitle: text('函件标题', { required: true, maxLength: 120, span: 2 }),
      letterNo: text('发文字号', { placeholder: '如：云发改函〔2026〕12号' }),
      letterType: select('函件类型', [['opinion', '征求意见函'], ['coordinate', '工作联系函'], ['inquiry', '商请函']], { required: true }),
      receiverOrgs: orgPicker('主送单位', { multiple: true, required: true }),
      replyBy: date('答复截止日期', { required: true }),
      urgency: radio('紧急程度', URGENCY, { required: true, default: 'normal' }),
      content: textarea('函件内容摘要', { required: true, maxLength: 2000 }),
    }),
    reply: card('答复与汇总', {
      replyContent: textarea('答复意见'),
      summary: textarea('汇总情况'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['letter-doc']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['replyContent', 'summary']),
      handle('register', '办文登记', { assignees: [role('document-clerk', accepting)], multi: { mode: 'any' }, timeLimit: wd(1) }),
      parallelSplit('dispatch', '分送并计时'),
      handle('reply', '主送单位答复', {
        assignees: [fromField('receiverOrgs', 'org-head')],
        multi: { mode: 'all' },
        timeLimit: wd(5),
        fieldPermissions: editOnly(['replyContent']),
        policies: { emptyAssignee: { action: 'assign-admin' }, timeout: { action: 'remind', maxReminders: 3, remindEvery: wd(1) } },
      }),
      { type: 'timer', id: 'deadline', name: '答复截止', timer: { kind: 'date', expression: 'replyBy' } },
      parallelJoin('collect', '到期汇总'),
      handle('summarise', '汇总办结', {
        assignees: [theApplicant],
        fieldPermissions: editOnly(['summary']),
        policies: { applicantIsApprover: 'self-approve' },
      }),
      end('completed'),
    )
    .chain('start', 'register', 'dispatch')
    .link('dispatch', 'reply')
    .link('dispatch', 'deadline')
    .link('reply', 'collect')
    .link('deadline', 'collect')
    .chain('collect', 'summarise', 'end')
    .build(),
})

export const disclosureCoReview = defineMatter({
  code: 'YX-GK-001',
  name: '政府信息公开申请协查',
  shortName: '信息公开协查',
  category: '政务公开',
  description: '市政府收到的政府信息公开申请涉及其他单位制作或保存的信息时，由政务公开科发起协查：协查单位提出公开意见，单位负责人审核，政务公开科审核；拟不予公开或部分公开的报分管领导审定。',
  acceptingOrgId: 'yx-zfb',
  regionId: 'yx',
  legalBasis: [{ title: '《中华人民共和国政府信息公开条例》', article: '第三十三条' }],
  materials: [material('request-copy', '公开申请书（扫描件）', {})],
  timeLimits: { legalDays: 20, promisedDays: 15 },
  form: form({
    applicant: applicantCard(),
    request: card('申请信息', {
      requestNo: text('公开申请编号', { required: true, validator: { pattern: '^GK\\d{8}-\\d{3}$', message: '编号格式为 GK+日期+3位序号，如 GK20260105-001' } }),
      receivedDate: date('收到申请日期', { required: true }),
      requesterType: radio('申请人类型', [['citizen', '公民'], ['legal-person', '法人或其他组织']], { required: true }),
      holderOrg: orgPicker('信息制作/保存单位', { required: true }),
      replyBy: date('协查答复期限', { required: true }),
      requestContent: textarea('申请公开的内容', { required: true }),
    }),
    review: card('协查意见', {
      disclosureOpinion: select('公开意见', [['disclose', '予以公开'], ['partial', '部分公开'], ['not-disclose', '不予公开'], ['not-exist', '信息不存在'], ['not-ours', '非本机关掌握']]),
      holderReason: textarea('理由及依据'),
      holderHeadOpinion: opinion('协查单位负责人意见'),
      officeOpinion: opinion('政务公开科意见'),
      leaderOpinion: opinion('分管领导审定意见'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['request-copy']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['disclosureOpinion', 'holderReason', 'holderHeadOpinion', 'officeOpinion', 'leaderOpinion']),
      handle('coreview', '协查单位办理', {
        assignees: [role('disclosure-officer', orgField('holderOrg'))],
        multi: { mode: 'any' },
        timeLimit: wd(5),
        fieldPermissions: { default: 'read', fields: { disclosureOpinion: 'edit', holderReason: 'edit', holderHeadOpinion: 'hidden', officeOpinion: 'hidden', leaderOpinion: 'hidden' } },
        policies: { emptyAssignee: { action: 'assign-admin' }, timeout: { action: 'remind', maxReminders: 3, remindEvery: wd(1) } },
      }),
      approval('holderHead', '协查单位负责人审核', {
        assignees: [fromField('holderOrg', 'org-head')],
        timeLimit: wd(2),
        fieldPermissions: editOnly(['holderHeadOpinion']),
        policies: { emptyAssignee: { action: 'auto-approve' }, rejection: { action: 'return-to-node', nodeId: 'coreview' } },
      }),
      approval('office', '政务公开科审核', { assignees: [orgHead(fixed('yx-zfb-zwgk'))], timeLimit: wd(2), fieldPermissions: editOnly(['officeOpinion']) }),
      exclusive('opinionGate', '是否全部公开'),
      approval('leader', '分管领导审定', { assignees: [orgLeader(accepting, 1)], timeLimit: wd(2), fieldPermissions: editOnly(['leaderOpinion']) }),
      end('completed'),
    )
    .chain('start', 'coreview', 'holderHead', 'office', 'opinionGate')
    .link('opinionGate', 'leader', { name: '不予公开或部分公开', condition: "disclosureOpinion == 'not-disclose' || disclosureOpinion == 'partial'", priority: 1 })
    .link('opinionGate', 'end', { name: '其他', isDefault: true, priority: 9 })
    .link('leader', 'end')
    .build(),
})

export const OFFICE_MATTERS: MatterBundle[] = [sealUse, documentCountersign, crossDepartmentLetter, disclosureCoReview]
