import type { MatterBundle } from '@tongban/schemas'
import { startHiding } from '../common'
import { FlowBuilder, accepting, applicantHead, approval, cc, editOnly, end, exclusive, fixed, handle, orgHead, role, wd } from '../flow-kit'
import {
  applicantCard, arrayTable, card, date, form, materialUpload, number, opinion, radio, select, showWhen, text, textarea,
} from '../form-kit'
import { defineMatter, material } from '../matter-kit'

export const budgetAdjustment = defineMatter({
  code: 'YX-YS-001',
  name: '部门预算调整（追加、调剂）',
  shortName: '预算调整',
  category: '财政预算',
  description: '预算单位申请追加或调剂年度预算：单位领导逐级审核，预算科初审；50万元以上的提交预算审议小组审议（三分之二以上同意）；国库科下达指标。',
  acceptingOrgId: 'yx-czj',
  regionId: 'yx',
  legalBasis: [{ title: '《中华人民共和国预算法》' }, { title: '《中华人民共和国预算法实施条例》' }],
  materials: [
    material('adjust-report', '预算调整申请报告', {}),
    material('meeting-minutes', '单位党组（党委）会议纪要', {}),
    material('execution', '本年度预算执行情况', { systemSupplied: true, source: 'finance.budget-system' }),
  ],
  timeLimits: { legalDays: 15, promisedDays: 10 },
  tags: ['比例会签'],
  form: form({
    applicant: applicantCard(),
    adjustment: card('调整事项', {
      budgetYear: select('预算年度', [['2026', '2026年度'], ['2025', '2025年度']], { required: true, default: '2026' }),
      adjustType: radio('调整类型', [['increase', '追加'], ['transfer', '调剂'], ['decrease', '调减']], { required: true }),
      fundSource: select('资金来源', [['reserve', '预备费'], ['carry-over', '结转结余'], ['internal', '部门内部调剂']], {
        required: true,
        // 调剂 only moves money inside the department: the source is fixed
        reactions: {
          dependencies: ['adjustType'],
          when: "{{ adjustType === 'transfer' }}",
          fulfill: { state: { value: 'internal', disabled: true } },
          otherwise: { state: { disabled: false } },
        },
      }),
      amount: number('调整总额', { min: 1, max: 100000000, unit: '元', required: true }),
      items: arrayTable('调整明细', {
        subject: { title: '功能科目', width: 200, field: text('功能科目', { required: true }) },
        project: { title: '项目名称', field: text('项目名称', { required: true }) },
        original: { title: '原预算（元）', width: 160, field: number('原预算', { min: 0 }) },
        change: { title: '调整金额（元）', width: 160, field: number('调整金额', { required: true }) },
      }, { required: true, minItems: 1, maxItems: 20 }),
      reason: textarea('调整理由', { required: true }),
    }),
    review: card('审核审议', {
      unitOpinion: opinion('单位领导意见'),
      budgetOpinion: opinion('预算科初审意见'),
      committeeOpinion: opinion('预算审议小组意见'),
      treasuryNote: textarea('指标下达情况'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['adjust-report', 'meeting-minutes']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['unitOpinion', 'budgetOpinion', 'committeeOpinion', 'treasuryNote']),
      approval('unit', '单位领导逐级审核', {
        assignees: [applicantHead(2, 'chain')],
        multi: { mode: 'sequential' },
        timeLimit: wd(2),
        fieldPermissions: editOnly(['unitOpinion']),
        policies: { emptyAssignee: { action: 'auto-approve' }, applicantIsApprover: 'skip' },
      }),
      approval('budget', '预算科初审', {
        assignees: [orgHead(fixed('yx-czj-ysk'))],
        timeLimit: wd(3),
        fieldPermissions: { default: 'read', fields: { budgetOpinion: 'edit', amount: 'edit', items: 'edit' } },
        policies: { rejection: { action: 'return-to-node', nodeId: 'unit' } },
      }),
      exclusive('amountGate', '是否提交审议'),
      approval('committee', '预算审议小组审议', {
        assignees: [role('budget-committee', accepting)],
        multi: { mode: 'ratio', ratio: 0.66 },
        timeLimit: wd(5),
        fieldPermissions: editOnly(['committeeOpinion']),
        policies: { duplicateApprover: 'none', timeout: { action: 'remind', maxReminders: 2, remindEvery: wd(2) } },
      }),
      handle('treasury', '国库科下达指标', { assignees: [orgHead(fixed('yx-czj-gkk'))], timeLimit: wd(2), fieldPermissions: editOnly(['treasuryNote']) }),
      end('approved'),
    )
    .chain('start', 'unit', 'budget', 'amountGate')
    .link('amountGate', 'committee', { name: '50万元以上', condition: 'amount > 500000', priority: 1 })
    .link('amountGate', 'treasury', { name: '50万元及以下', isDefault: true, priority: 9 })
    .chain('committee', 'treasury', 'end')
    .build({ resubmit: 'restart' }),
})

export const legalReview = defineMatter({
  code: 'YX-FZ-001',
  name: '法律顾问合法性审查',
  shortName: '法律顾问审核',
  category: '法制审核',
  description: '合同协议、行政规范性文件、重大行政决策提交法律顾问审查：律师工作科登记分办，任一法律顾问出具审查意见即可（或签）。',
  acceptingOrgId: 'yx-sfj',
  regionId: 'yx',
  legalBasis: [{ title: '《重大行政决策程序暂行条例》' }, { title: '《法治政府建设实施纲要（2021—2025年）》' }],
  materials: [
    material('review-doc', '送审文本', { accept: ['doc', 'docx', 'pdf', 'ofd'] }),
    material('drafting-notes', '起草说明及依据', { required: false }),
  ],
  timeLimits: { legalDays: 10, promisedDays: 5 },
  tags: ['或签'],
  form: form({
    applicant: applicantCard(),
    subject: card('审查事项', {
      reviewType: select('审查类型', [['contract', '合同协议'], ['normative', '行政规范性文件'], ['major-decision', '重大行政决策'], ['litigation', '涉诉事项']], { required: true }),
      subjectName: text('事项名称', { required: true, maxLength: 100 }),
      counterparty: text('合同相对方', { reactions: showWhen(['reviewType'], "reviewType === 'contract'") }),
      contractAmount: number('合同金额', { min: 0, unit: '元', reactions: showWhen(['reviewType'], "reviewType === 'contract'", false) }),
      expectedDate: date('期望完成日期'),
      keyIssues: textarea('需重点审查的问题', { required: true }),
    }),
    review: card('审查意见', {
      legalOpinion: opinion('法律顾问审查意见'),
      legalConclusion: radio('审查结论', [['lawful', '合法'], ['revise', '修改后合法'], ['unlawful', '不合法']]),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['review-doc', 'drafting-notes']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['legalOpinion', 'legalConclusion']),
      handle('assign', '登记分办', { assignees: [orgHead(fixed('yx-sfj-lsk'))], timeLimit: wd(1) }),
      approval('review', '法律顾问审查', {
        assignees: [role('legal-adviser', accepting)],
        multi: { mode: 'any' },
        timeLimit: wd(5),
        fieldPermissions: editOnly(['legalOpinion', 'legalConclusion']),
        policies: {
          duplicateApprover: 'none',
          rejection: { action: 'return-to-applicant' },
          timeout: { action: 'remind', maxReminders: 2, remindEvery: wd(1) },
        },
      }),
      cc('notifyHead', '抄送申请单位负责人', [applicantHead(1)]),
      end('completed'),
    )
    .chain('start', 'assign', 'review', 'notifyHead', 'end')
    .build(),
})

export const secrecyReview = defineMatter({
  code: 'YX-BM-001',
  name: '信息发布保密审查',
  shortName: '保密审查',
  category: '保密管理',
  description: '拟公开发布或对外提供的信息发布前的保密审查：单位负责人初审，市保密局审查；自定密级为秘密及以上的报局长审批；审查结果抄送保密审查员备案（不含正文）。',
  acceptingOrgId: 'yx-bmj',
  regionId: 'yx',
  legalBasis: [{ title: '《中华人民共和国保守国家秘密法》' }, { title: '《中华人民共和国政府信息公开条例》' }],
  materials: [material('content-doc', '待审查文本', {})],
  timeLimits: { promisedDays: 3 },
  form: form({
    applicant: applicantCard(),
    item: card('审查事项', {
      itemTitle: text('拟发布信息名称', { required: true, maxLength: 100, span: 2 }),
      publishChannel: select('发布渠道', [['portal', '政府门户网站'], ['new-media', '政务新媒体'], ['press', '新闻发布'], ['external', '对外提供']], { required: true }),
      secretLevel: select('自定密级', [['none', '非涉密'], ['internal', '内部'], ['confidential', '秘密'], ['secret', '机密']], { required: true }),
      publishDate: date('拟发布日期'),
      content: textarea('内容摘要', { required: true, maxLength: 2000 }),
    }),
    review: card('审查意见', {
      deptOpinion: opinion('单位初审意见'),
      reviewOpinion: opinion('保密局审查意见'),
      chiefOpinion: opinion('局长意见'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['content-doc']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['deptOpinion', 'reviewOpinion', 'chiefOpinion']),
      approval('dept', '单位负责人初审', {
        assignees: [applicantHead(2)],
        timeLimit: wd(1),
        fieldPermissions: editOnly(['deptOpinion']),
        policies: { emptyAssignee: { action: 'auto-approve' } },
      }),
      approval('review', '保密局审查', {
        assignees: [role('secrecy-reviewer', accepting)],
        multi: { mode: 'any' },
        timeLimit: wd(2),
        fieldPermissions: editOnly(['reviewOpinion']),
        policies: { rejection: { action: 'return-to-applicant' } },
      }),
      exclusive('levelGate', '按密级'),
      approval('chief', '局长审批', { assignees: [orgHead(accepting)], timeLimit: wd(1), fieldPermissions: editOnly(['chiefOpinion']) }),
      cc('archiveCopy', '抄送审查员备案', [role('secrecy-reviewer', accepting)], { default: 'read', fields: { content: 'hidden' } }),
      end('approved'),
    )
    .chain('start', 'dept', 'review', 'levelGate')
    .link('levelGate', 'chief', { name: '秘密及以上', condition: "secretLevel == 'confidential' || secretLevel == 'secret'", priority: 1 })
    .link('levelGate', 'archiveCopy', { name: '其他', isDefault: true, priority: 9 })
    .chain('chief', 'archiveCopy', 'end')
    .build(),
})

export const FINANCE_LEGAL_MATTERS: MatterBundle[] = [budgetAdjustment, legalReview, secrecyReview]
