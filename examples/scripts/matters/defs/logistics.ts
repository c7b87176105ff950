import type { MatterBundle } from '@tongban/schemas'
import { startHiding } from '../common'
import {
  FlowBuilder, accepting, applicantHead, applicantOrg, approval, cc, editOnly, end, exclusive, fixed, handle, hours, orgHead, orgLeader, role,
  theApplicant, wd,
} from '../flow-kit'
import {
  applicantCard, arrayTable, card, checkboxes, computed, date, dateTime, form, materialUpload, number, opinion, orgPicker, phone, select, showWhen, text,
  textarea, yesNo,
} from '../form-kit'
import { defineMatter, defineVariant, insertAfter, material } from '../matter-kit'

export const officialVehicle = defineMatter({
  code: 'YX-CL-001',
  name: '公务用车使用申请',
  shortName: '公务用车',
  category: '机关事务',
  description: '市级机关因公务需要使用公务用车平台车辆：部门负责人审批；出市或里程超过200公里的由机关事务局分管领导审批；车辆管理员派车。',
  acceptingOrgId: 'yx-jgswj',
  regionId: 'yx',
  legalBasis: [{ title: '《党政机关公务用车管理办法》' }, { title: '《云溪市市级机关公务用车平台管理细则》' }],
  materials: [material('trip-notice', '会议/公务活动通知', { required: false })],
  timeLimits: { promisedDays: 1 },
  tags: ['高频', '移动端'],
  form: form({
    applicant: applicantCard(),
    trip: card('用车信息', {
      departAt: dateTime('出发时间', { required: true }),
      returnAt: dateTime('预计返回时间', { required: true }),
      origin: text('出发地', { required: true, default: '云溪市行政中心' }),
      destination: text('目的地', { required: true }),
      passengers: number('乘车人数', { integer: true, min: 1, max: 45, unit: '人', required: true }),
      vehicleType: select('车型', [['sedan', '轿车'], ['suv', '越野车'], ['van', '商务车'], ['bus', '中型客车']], { required: true }),
      outOfCity: yesNo('是否出市', { required: true }),
      distanceKm: number('预计往返里程', { min: 1, max: 3000, unit: '公里', required: true }),
      passengerNames: textarea('乘车人员'),
      reason: textarea('用车事由', { required: true }),
    }),
    dispatch: card('审批与派车', {
      headOpinion: opinion('部门负责人意见'),
      leaderOpinion: opinion('分管领导意见'),
      plateNo: text('派车车牌'),
      driver: text('驾驶员'),
      driverPhone: phone('驾驶员电话'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['trip-notice']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['headOpinion', 'leaderOpinion', 'plateNo', 'driver', 'driverPhone']),
      approval('deptHead', '部门负责人审批', {
        assignees: [applicantHead(1)],
        timeLimit: hours(4),
        fieldPermissions: editOnly(['headOpinion']),
        policies: { applicantIsApprover: 'assign-head' },
      }),
      exclusive('distanceGate', '是否出市'),
      approval('leader', '机关事务局分管领导审批', { assignees: [orgLeader(accepting, 1)], timeLimit: hours(4), fieldPermissions: editOnly(['leaderOpinion']) }),
      handle('dispatch', '派车', {
        assignees: [role('vehicle-manager', accepting)],
        multi: { mode: 'any' },
        timeLimit: hours(4),
        fieldPermissions: editOnly(['plateNo', 'driver', 'driverPhone']),
        policies: { timeout: { action: 'remind', maxReminders: 2, remindEvery: hours(1) } },
      }),
      cc('notify', '通知申请人', [theApplicant]),
      end('completed'),
    )
    .chain('start', 'deptHead', 'distanceGate')
    .link('distanceGate', 'leader', { name: '出市或超过200公里', condition: 'outOfCity == true || distanceKm > 200', priority: 1 })
    .link('distanceGate', 'dispatch', { name: '市内', isDefault: true, priority: 9 })
    .chain('leader', 'dispatch', 'notify', 'end')
    .build(),
})

/** 桐溪县: the 车辆管理股 reviews every request first; the centre's head approves long trips. */
export const officialVehicleTx = defineVariant(officialVehicle, {
  code: 'TX-CL-001',
  regionId: 'tx',
  acceptingOrgId: 'tx-jgsw',
  timeLimits: { promisedDays: 1 },
  description: '桐溪县机关公务用车申请：车辆管理股统一审核后派车；出县或超过200公里的由县机关事务服务中心主任审批。',
  notes: '桐溪县适用：增加车辆管理股审核环节；长途用车由中心主任审批',
  editFlow: (flow) => {
    insertAfter(flow, 'deptHead', approval('poolReview', '车辆管理股审核', {
      assignees: [orgHead(fixed('tx-jgsw-clg'))],
      timeLimit: hours(2),
      policies: { emptyAssignee: { action: 'assign-to', personIds: ['p-shilei'] } },
    }))
    const leader = flow.nodes.find((n) => n.id === 'leader')
    if (leader?.type === 'approval') {
      leader.name = '中心主任审批'
      leader.assignees = [orgHead(accepting)]
    }
    const dispatch = flow.nodes.find((n) => n.id === 'dispatch')
    if (dispatch?.type === 'handle') dispatch.policies = { ...dispatch.policies, duplicateApprover: 'none' }
  },
})

export const meetingRoom = defineMatter({
  code: 'YX-HY-001',
  name: '行政中心会议室预订',
  shortName: '会议室预订',
  category: '机关事务',
  description: '预订行政中心会议室：会务科4小时内确认，逾时未确认自动退回；需要视频、扩音等保障的由信息化专员保障。',
  acceptingOrgId: 'yx-jgswj',
  regionId: 'yx',
  legalBasis: [{ title: '《云溪市行政中心会议室管理办法》' }],
  materials: [],
  timeLimits: { promisedDays: 1 },
  tags: ['高频', '移动端'],
  form: form({
    applicant: applicantCard(),
    meeting: card('会议信息', {
      meetingName: text('会议名称', { required: true, maxLength: 80, span: 2 }),
      room: select('会议室', [['a301', '行政中心A301（30人）'], ['a502', '行政中心A502（60人）'], ['b1', 'B座一号会议厅（200人）'], ['video', '视频会议室（40人）']], { required: true }),
      attendees: number('参会人数', { integer: true, min: 1, max: 200, unit: '人', required: true }),
      startAt: dateTime('开始时间', { required: true }),
      endAt: dateTime('结束时间', { required: true }),
      needsSupport: yesNo('需要技术保障'),
      supportItems: checkboxes('保障需求', [['video', '视频会议'], ['audio', '扩音'], ['recording', '录音录像'], ['projector', '投影']], {
        reactions: showWhen(['needsSupport'], 'needsSupport === true'),
      }),
      note: textarea('备注'),
    }),
    confirmation: card('确认与保障', { confirmNote: textarea('会务科确认情况'), supportNote: textarea('技术保障情况') }),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['confirmNote', 'supportNote']),
      approval('confirm', '会务科确认', {
        assignees: [role('meeting-room-manager', accepting)],
        multi: { mode: 'any' },
        timeLimit: hours(4),
        fieldPermissions: editOnly(['confirmNote']),
        policies: { emptyAssignee: { action: 'auto-reject' }, timeout: { action: 'auto-reject' } },
      }),
      exclusive('supportGate', '是否需要保障'),
      handle('support', '技术保障', {
        assignees: [role('it-officer', fixed('yx-dsjj-jcssk'))],
        multi: { mode: 'any' },
        timeLimit: hours(4),
        fieldPermissions: editOnly(['supportNote']),
      }),
      cc('notify', '通知申请人及科室负责人', [theApplicant, orgHead(applicantOrg)]),
      end('completed'),
    )
    .chain('start', 'confirm', 'supportGate')
    .link('supportGate', 'support', { name: '需要保障', condition: 'needsSupport == true', priority: 1 })
    .link('supportGate', 'notify', { name: '无需保障', isDefault: true, priority: 9 })
    .chain('support', 'notify', 'end')
    .build({ resubmit: 'restart' }),
})

export const suppliesTransfer = defineMatter({
  code: 'YX-BG-001',
  name: '办公用品调拨',
  shortName: '办公用品调拨',
  category: '机关事务',
  description: '从机关事务局集中采购库调拨办公用品：部门负责人审核，资产管理科审核；估算金额超过5000元或合计超过100件的报分管领导审批；资产管理员出库。',
  acceptingOrgId: 'yx-jgswj',
  regionId: 'yx',
  legalBasis: [{ title: '《行政事业性国有资产管理条例》' }],
  materials: [material('stock-list', '库存清单', { required: false, systemSupplied: true, source: 'asset-system' })],
  timeLimits: { promisedDays: 3 },
  form: form({
    applicant: applicantCard(),
    supplies: card('调拨明细', {
      items: arrayTable('用品清单', {
        itemName: { title: '品名', field: text('品名', { required: true }) },
        spec: { title: '规格型号', width: 160, field: text('规格型号') },
        quantity: { title: '数量', width: 100, field: number('数量', { integer: true, min: 1, max: 1000, required: true }) },
        unit: { title: '单位', width: 100, field: select('单位', [['piece', '件'], ['box', '箱'], ['pack', '包'], ['set', '套']], { required: true }) },
      }, { required: true, minItems: 1, maxItems: 30 }),
      totalQuantity: computed(number('合计数量', { integer: true, min: 0 }), ['items'], "sum(items, 'quantity')"),
      totalAmount: number('估算金额', { min: 0, max: 1000000, unit: '元', required: true }),
      deliveryDate: date('需用日期', { required: true }),
      receiveOrg: orgPicker('领用单位', { binding: 'applicant.orgId', required: true }),
      useFor: textarea('用途', { required: true }),
    }),
    review: card('审核与出库', {
      headOpinion: opinion('部门负责人意见'),
      assetOpinion: opinion('资产管理科意见'),
      leaderOpinion: opinion('分管领导意见'),
      stockNote: textarea('出库登记'),
    }),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['headOpinion', 'assetOpinion', 'leaderOpinion', 'stockNote']),
      approval('deptHead', '部门负责人审核', { assignees: [applicantHead(1)], timeLimit: wd(1), fieldPermissions: editOnly(['headOpinion']), policies: { duplicateApprover: 'once' } }),
      approval('asset', '资产管理科审核', { assignees: [orgHead(fixed('yx-jgswj-zck'))], timeLimit: wd(1), fieldPermissions: editOnly(['assetOpinion']) }),
      exclusive('amountGate', '按金额分流'),
      approval('leader', '分管领导审批', { assignees: [orgLeader(accepting, 1)], timeLimit: wd(1), fieldPermissions: editOnly(['leaderOpinion']) }),
      handle('issue', '调拨出库', {
        assignees: [role('asset-manager', accepting)],
        multi: { mode: 'any' },
        timeLimit: wd(1),
        fieldPermissions: editOnly(['stockNote']),
        policies: { duplicateApprover: 'none' },
      }),
      cc('notify', '通知申请人', [theApplicant]),
      end('completed'),
    )
    .chain('start', 'deptHead', 'asset', 'amountGate')
    .link('amountGate', 'leader', { name: '超过5000元或100件', condition: 'totalAmount > 5000 || totalQuantity > 100', priority: 1 })
    .link('amountGate', 'issue', { name: '其他', isDefault: true, priority: 9 })
    .chain('leader', 'issue', 'notify', 'end')
    .build(),
})

export const LOGISTICS_MATTERS: MatterBundle[] = [officialVehicle, officialVehicleTx, meetingRoom, suppliesTransfer]
