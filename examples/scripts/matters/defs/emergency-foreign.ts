import type { MatterBundle } from '@tongban/schemas'
import { startHiding } from '../common'
import {
  FlowBuilder, accepting, applicantHead, approval, editOnly, end, fixed, fromField, handle, hours, inclusiveJoin, inclusiveSplit, orgHead, person,
  role, theApplicant, wd,
} from '../flow-kit'
import {
  applicantCard, card, date, dateTime, form, idCard, materialUpload, number, opinion, orgPicker, personPicker, phone, radio, select, showWhen, text,
  textarea, yesNo,
} from '../form-kit'
import { defineMatter, material } from '../matter-kit'

export const emergencySupplies = defineMatter({
  code: 'YX-YJ-001',
  name: '应急物资调拨',
  shortName: '应急物资调拨',
  category: '应急管理',
  description: '突发事件处置中申请调拨应急物资：应急物资保障科2小时内审核（逾时自动通过）；按需求同时分派救灾、生活、医疗物资，均无勾选时调拨通用物资；全部到位后申请人确认接收。',
  acceptingOrgId: 'yx-yjj',
  regionId: 'yx',
  legalBasis: [{ title: '《中华人民共和国突发事件应对法》' }, { title: '《云溪市应急物资储备管理办法》' }],
  materials: [material('incident-report', '事件情况报告', { required: false })],
  timeLimits: { promisedDays: 1 },
  tags: ['应急', '包容分支', '移动端'],
  form: form({
    applicant: applicantCard(),
    need: card('调拨需求', {
      incident: text('突发事件名称', { required: true, maxLength: 100 }),
      incidentLevel: select('事件等级', [['I', 'Ⅰ级（特别重大）'], ['II', 'Ⅱ级（重大）'], ['III', 'Ⅲ级（较大）'], ['IV', 'Ⅳ级（一般）']], { required: true }),
      deliverTo: text('送达地点', { required: true }),
      needBy: dateTime('需送达时间', { required: true }),
      needTents: yesNo('需要帐篷等救灾物资'),
      tentCount: number('帐篷数量', { integer: true, min: 1, max: 5000, unit: '顶', reactions: showWhen(['needTents'], 'needTents === true') }),
      needFood: yesNo('需要生活物资'),
      foodNote: textarea('生活物资需求', { reactions: showWhen(['needFood'], 'needFood === true') }),
      needMedical: yesNo('需要医疗物资'),
      medicalNote: textarea('医疗物资需求', { reactions: showWhen(['needMedical'], 'needMedical === true') }),
      contact: text('现场联系人', { required: true }),
      contactPhone: phone('联系人电话', { required: true }),
    }),
    handling: card('调拨办理', {
      reviewOpinion: opinion('物资保障科意见'),
      tentResult: textarea('救灾物资出库情况'),
      foodResult: textarea('生活物资调运情况'),
      medicalResult: textarea('医疗物资调拨情况'),
      generalResult: textarea('通用物资调拨情况'),
      receiptNote: textarea('接收确认'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['incident-report']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['reviewOpinion', 'tentResult', 'foodResult', 'medicalResult', 'generalResult', 'receiptNote']),
      approval('review', '应急物资保障科审核', {
        assignees: [orgHead(fixed('yx-yjj-wzk'))],
        // in an emergency the reviewer decides at once: no returns, transfers or extra signers
        actions: ['approve', 'reject', 'comment', 'cc'],
        commentRequired: ['reject'],
        timeLimit: hours(2),
        fieldPermissions: editOnly(['reviewOpinion']),
        policies: { timeout: { action: 'auto-approve' }, emptyAssignee: { action: 'auto-approve' } },
      }),
      inclusiveSplit('fanOut', '按需分派'),
      handle('tents', '救灾物资出库', { assignees: [role('emergency-supplies', accepting)], timeLimit: hours(4), fieldPermissions: editOnly(['tentResult']) }),
      handle('food', '生活物资调运', { assignees: [orgHead(fixed('yx-swj-scyxk'))], timeLimit: hours(4), fieldPermissions: editOnly(['foodResult']) }),
      handle('medical', '医疗物资调拨', { assignees: [orgHead(fixed('yx-wjw-yjk'))], timeLimit: hours(4), fieldPermissions: editOnly(['medicalResult']) }),
      handle('general', '通用物资调拨', { assignees: [role('emergency-supplies', accepting)], timeLimit: hours(4), fieldPermissions: editOnly(['generalResult']) }),
      inclusiveJoin('fanIn', '物资到位'),
      handle('receive', '申请人确认接收', { assignees: [theApplicant], timeLimit: wd(1), fieldPermissions: editOnly(['receiptNote']) }),
      end('completed'),
    )
    .chain('start', 'review', 'fanOut')
    .link('fanOut', 'tents', { name: '救灾物资', condition: 'needTents == true' })
    .link('fanOut', 'food', { name: '生活物资', condition: 'needFood == true' })
    .link('fanOut', 'medical', { name: '医疗物资', condition: 'needMedical == true' })
    .link('fanOut', 'general', { name: '通用物资', isDefault: true })
    .link('tents', 'fanIn')
    .link('food', 'fanIn')
    .link('medical', 'fanIn')
    .link('general', 'fanIn')
    .chain('fanIn', 'receive', 'end')
    .build({ allowWithdraw: false }),
})

export const tripAbroad = defineMatter({
  code: 'YX-WS-001',
  name: '因公出国（境）审批',
  shortName: '外事审批',
  category: '外事管理',
  description: '因公临时出国（境）团组审批：派出单位逐级审核，外办出国（境）管理科审核，外办主任审批；行前公示5个工作日后出具批件；回国后提交出访报告。',
  acceptingOrgId: 'yx-wb',
  regionId: 'yx',
  legalBasis: [{ title: '《关于进一步加强因公出国（境）管理的若干规定》' }, { title: '《因公临时出国经费管理办法》' }],
  materials: [
    material('invitation', '邀请函及中文译本', {}),
    material('schedule', '出访日程安排', {}),
    material('political-review', '出访人员政审意见', { systemSupplied: true, source: 'cadre-file-system' }),
  ],
  timeLimits: { legalDays: 20, promisedDays: 10 },
  tags: ['计时'],
  form: form({
    applicant: applicantCard(),
    trip: card('出访信息', {
      delegation: text('团组名称', { required: true, maxLength: 100, span: 2 }),
      delegationLeader: personPicker('团长', { required: true }),
      members: personPicker('团组成员', { multiple: true, required: true }),
      memberCount: number('团组人数', { integer: true, min: 1, max: 6, unit: '人', required: true, validator: { maximum: 6, message: '团组人数原则上不超过6人' } }),
      countries: text('出访国家（地区）', { required: true }),
      departDate: date('出发日期', { required: true }),
      returnDate: date('回国日期', { required: true }),
      inviter: text('邀请单位', { required: true }),
      fundSource: select('经费来源', [['budget', '部门预算'], ['project', '项目经费']], { required: true }),
      leaderIdCard: idCard('团长身份证号', { required: true }),
      task: textarea('出访任务', { required: true }),
    }),
    approvalInfo: card('审批与报告', {
      unitOpinion: opinion('派出单位意见'),
      faOpinion: opinion('外办审核意见'),
      headOpinion: opinion('外办主任意见'),
      approvalNo: text('批件号'),
      tripReport: textarea('出访报告', { maxLength: 2000 }),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['invitation', 'schedule']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['unitOpinion', 'faOpinion', 'headOpinion', 'approvalNo', 'tripReport']),
      approval('unit', '派出单位逐级审核', { assignees: [applicantHead(2, 'chain')], multi: { mode: 'sequential' }, timeLimit: wd(2), fieldPermissions: editOnly(['unitOpinion']) }),
      approval('faReview', '外办审核', {
        assignees: [person('p-caiming')],
        timeLimit: wd(3),
        fieldPermissions: editOnly(['faOpinion']),
        policies: { emptyAssignee: { action: 'assign-to', personIds: ['p-ganlu'] } },
      }),
      approval('director', '外办主任审批', {
        assignees: [orgHead(accepting)],
        timeLimit: wd(2),
        fieldPermissions: editOnly(['headOpinion']),
        policies: { applicantIsApprover: 'skip' },
      }),
      { type: 'timer', id: 'publicity', name: '行前公示（5个工作日）', timer: { kind: 'duration', duration: wd(5) } },
      handle('issue', '出具批件', { assignees: [role('foreign-affairs-officer', accepting)], timeLimit: wd(1), fieldPermissions: editOnly(['approvalNo']) }),
      { type: 'timer', id: 'abroad', name: '出访期间', timer: { kind: 'date', expression: 'returnDate' } },
      handle('report', '提交出访报告', {
        assignees: [theApplicant],
        timeLimit: wd(20),
        fieldPermissions: editOnly(['tripReport']),
        policies: { timeout: { action: 'remind', maxReminders: 3, remindEvery: wd(5) } },
      }),
      end('completed'),
    )
    .chain('start', 'unit', 'faReview', 'director', 'publicity', 'issue', 'abroad', 'report', 'end')
    .build(),
})

export const petitionTransfer = defineMatter({
  code: 'YX-XF-001',
  name: '信访事项转送交办',
  shortName: '信访件转办',
  category: '信访工作',
  description: '市信访局登记信访事项并交责任单位办理；责任单位15个工作日内办理答复（逾期催办）；信访局审核办结，不合格的退回责任单位重办。',
  acceptingOrgId: 'yx-xfj',
  regionId: 'yx',
  applicantScope: { kind: 'organisations', orgIds: ['yx-xfj'], description: '市信访局工作人员' },
  legalBasis: [{ title: '《信访工作条例》' }],
  materials: [material('petition-copy', '信访材料', {})],
  timeLimits: { legalDays: 60, promisedDays: 30 },
  form: form({
    applicant: applicantCard(),
    petition: card('信访事项', {
      petitionNo: text('信访件编号', { required: true, validator: { pattern: '^XF\\d{10}$', message: '编号格式为 XF+10位数字' } }),
      channel: select('信访形式', [['letter', '来信'], ['visit', '来访'], ['online', '网上信访'], ['hotline', '12345热线转办']], { required: true }),
      category: select('问题类别', [['land', '国土资源'], ['urban', '城乡建设'], ['labour', '劳动社保'], ['environment', '生态环境'], ['other', '其他']], { required: true }),
      petitionerName: text('信访人', { required: true, sensitive: true }),
      petitionerIdCard: idCard('信访人身份证号'),
      petitionerPhone: phone('信访人电话', { sensitive: true }),
      responsibleOrg: orgPicker('责任单位', { required: true }),
      content: textarea('信访内容', { required: true, maxLength: 2000 }),
    }),
    handling: card('办理情况', {
      registerNote: textarea('交办意见'),
      handleResult: textarea('办理结果'),
      replyMethod: radio('答复方式', [['written', '书面答复'], ['phone', '电话答复'], ['visit', '当面答复']]),
      reviewOpinion: opinion('信访局审核意见'),
      satisfaction: select('信访人评价', [['satisfied', '满意'], ['basic', '基本满意'], ['unsatisfied', '不满意']]),
    }),
    attachments: card('信访材料', { materials: materialUpload('上传材料', ['petition-copy']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['registerNote', 'handleResult', 'replyMethod', 'reviewOpinion', 'satisfaction']),
      handle('register', '登记交办', {
        assignees: [role('document-clerk', accepting)],
        multi: { mode: 'any' },
        timeLimit: wd(1),
        fieldPermissions: editOnly(['registerNote', 'responsibleOrg']),
      }),
      handle('handling', '责任单位办理', {
        assignees: [fromField('responsibleOrg', 'org-head')],
        timeLimit: wd(15),
        fieldPermissions: { default: 'read', fields: { handleResult: 'edit', replyMethod: 'edit', petitionerIdCard: 'hidden', reviewOpinion: 'hidden', satisfaction: 'hidden' } },
        policies: { emptyAssignee: { action: 'assign-admin' }, timeout: { action: 'remind', maxReminders: 3, remindEvery: wd(2) } },
      }),
      approval('review', '信访局审核办结', {
        assignees: [orgHead(accepting)],
        timeLimit: wd(5),
        fieldPermissions: editOnly(['reviewOpinion', 'satisfaction']),
        policies: { rejection: { action: 'return-to-node', nodeId: 'handling' } },
      }),
      end('completed'),
    )
    .chain('start', 'register', 'handling', 'review', 'end')
    .build({ allowCancel: false }),
})

export const EMERGENCY_FOREIGN_MATTERS: MatterBundle[] = [emergencySupplies, tripAbroad, petitionTransfer]
