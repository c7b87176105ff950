/**
 * Example submissions: for each matter, realistic form data an applicant of the directory would
 * submit, and the flow nodes the case passes when every assignee approves without changing data.
 * The applicant block (name, organisation, position, phone, date) is filled from the directory by
 * `build-samples.ts`, as the runtime would.
 */
import { idCardNumber } from './id-card'

export interface SampleDef {
  code: string
  name: string
  /** Username of the applicant. */
  applicant: string
  submittedOn: string
  data: Record<string, unknown>
  /** For `applicant-chosen` rules: node id → chosen person ids. */
  chosenAssignees?: Record<string, string[]>
  expectedNodes: string[]
}

const ID = {
  caoyu: idCardNumber('339901', '19930814', '021'),
  yangfan: idCardNumber('339902', '19950307', '113'),
  songtao: idCardNumber('339902', '19900521', '045'),
  liangyu: idCardNumber('339921', '19920916', '078'),
  hanlei: idCardNumber('339922', '19860102', '036'),
  petitioner: idCardNumber('339923', '19671130', '052'),
}

const ARCHIVE_RECORDS = [
  { fondsNo: 'J012', archiveNo: 'J012-2009-Y-0031', recordTitle: '关于城东片区控制性详细规划的批复', year: 2009 },
  { fondsNo: 'J012', archiveNo: 'J012-2011-Y-0107', recordTitle: '城东片区土地征收补偿方案', year: 2011 },
]

export const SAMPLES: SampleDef[] = [
  {
    code: 'YX-DA-001', name: '非涉密档案阅览', applicant: 'zhangwei', submittedOn: '2026-03-02',
    data: {
      purpose: 'work-reference', method: 'read', purposeDetail: '编制城东片区国土空间详细规划，需查阅历年规划批复及征收材料。',
      records: ARCHIVE_RECORDS, recordCount: 2, classified: false, visitDate: '2026-03-05',
    },
    expectedNodes: ['start', 'accept', 'classifiedGate', 'provide', 'notify', 'end'],
  },
  {
    code: 'YX-DA-001', name: '涉密档案复制（分管领导审批）', applicant: 'zhangwei', submittedOn: '2026-03-09',
    data: {
      purpose: 'audit', method: 'copy', purposeDetail: '配合市委巡察组核查2011年征收补偿资金使用情况。',
      records: [ARCHIVE_RECORDS[1]], recordCount: 1, copies: 2, classified: true, secretLevel: 'confidential', visitDate: '2026-03-12',
    },
    expectedNodes: ['start', 'accept', 'classifiedGate', 'leader', 'provide', 'notify', 'end'],
  },
  {
    code: 'XC-DA-001', name: '区档案馆查阅', applicant: 'songtao', submittedOn: '2026-03-03',
    data: {
      purpose: 'compile', method: 'read', purposeDetail: '编纂《溪城区志（2006—2025）》政府工作篇。',
      records: [{ fondsNo: 'X003', archiveNo: 'X003-2015-WS-0012', recordTitle: '溪城区2015年政府工作报告', year: 2015 }], recordCount: 1, classified: false, visitDate: '2026-03-06',
    },
    expectedNodes: ['start', 'accept', 'classifiedGate', 'provide', 'notify', 'end'],
  },
  {
    code: 'FL-DA-001', name: '县档案馆涉密档案查阅', applicant: 'luoqiang', submittedOn: '2026-03-04',
    data: {
      purpose: 'audit', method: 'read', purposeDetail: '核对2018年县级财政专项资金拨付文件。',
      records: [{ fondsNo: 'F021', archiveNo: 'F021-2018-CZ-0045', recordTitle: '2018年县级财政专项资金分配方案', year: 2018 }], recordCount: 1, classified: true, secretLevel: 'internal', visitDate: '2026-03-10',
    },
    expectedNodes: ['start', 'accept', 'classifiedGate', 'leader', 'provide', 'notify', 'end'],
  },
  {
    code: 'YX-RS-001', name: '借调市统计局科员参与重大项目谋划', applicant: 'yangfan', submittedOn: '2026-03-02',
    data: {
      lendingOrg: 'yx-tjj', secondee: 'p-caoyu', secondeePosition: '科员', secondeeIdCard: ID.caoyu, period: ['2026-03-16', '2026-09-15'], months: 6,
      salaryArrangement: 'lender', reason: '2026年市重大项目谋划与“十五五”投资计划编制任务重，需统计专业人员参与。', task: '负责重大项目投资数据的统计分析与月度调度报表。',
    },
    expectedNodes: ['start', 'deptHead', 'countersign', 'hr', 'notifyLender', 'end'],
  },
  {
    code: 'YX-GB-001', name: '干部调动档案转递', applicant: 'lvjing', submittedOn: '2026-03-05',
    data: {
      cadre: 'p-liangyu', cadreIdCard: ID.liangyu, transferReason: 'transfer', appointmentDocNo: '云组干〔2026〕15号', fromOrg: 'yx-jtj', receiverOrg: 'yx-fgw',
      transferMethod: 'confidential-mail', fileVolumes: 2,
    },
    expectedNodes: ['start', 'review', 'transferOut', 'notifyReceiver', 'receive', 'end'],
  },
  {
    code: 'YX-YZ-001', name: '一般用印（秘书科审核）', applicant: 'yangfan', submittedOn: '2026-03-02',
    data: { sealType: 'office', docTitle: '关于报送2026年第一季度重大项目进展情况的函', docCount: 3, sensitivity: 'internal', useDate: '2026-03-03', sendTo: '省发展改革委', purpose: '报送季度重大项目进展。' },
    expectedNodes: ['start', 'deptHead', 'levelGate', 'office', 'seal', 'end'],
  },
  {
    code: 'YX-YZ-001', name: '批量用印（分管领导审批）', applicant: 'baiyun', submittedOn: '2026-03-06',
    data: { sealType: 'gov', docTitle: '云溪市人民政府关于做好2026年度机关事业单位工资调整工作的通知', docCount: 40, sensitivity: 'public', useDate: '2026-03-09', sendTo: '各县（市、区）人民政府、市直各单位', purpose: '印发工资调整工作通知。' },
    expectedNodes: ['start', 'deptHead', 'levelGate', 'leader', 'seal', 'end'],
  },
  {
    code: 'YX-HQ-001', name: '发文会签', applicant: 'yangfan', submittedOn: '2026-03-02',
    data: {
      docTitle: '云溪市人民政府办公室关于加快推进重大项目前期工作的通知', docType: 'notice', urgency: 'urgent', draftOrg: 'yx-fgw-tzk',
      cosignOrgs: ['yx-czj', 'yx-zrzyj'], publishScope: 'public', summary: '明确重大项目前期工作责任分工、时间节点和要素保障措施。',
    },
    expectedNodes: ['start', 'draftHead', 'cosign', 'check', 'sign', 'end'],
  },
  {
    code: 'YX-HJ-001', name: '征求意见函', applicant: 'hanlei', submittedOn: '2026-03-02',
    data: {
      letterTitle: '关于征求《云溪市政府投资项目管理办法（征求意见稿）》意见的函', letterNo: '云发改函〔2026〕12号', letterType: 'opinion',
      receiverOrgs: ['yx-czj', 'yx-tjj'], replyBy: '2026-03-13', urgency: 'normal', content: '请于3月13日前反馈书面意见，逾期视为无意见。',
    },
    expectedNodes: ['start', 'register', 'dispatch', 'reply', 'deadline', 'collect', 'summarise', 'end'],
  },
  {
    code: 'YX-GK-001', name: '依申请公开协查', applicant: 'pengcheng', submittedOn: '2026-03-02',
    data: {
      requestNo: 'GK20260302-004', receivedDate: '2026-02-27', requesterType: 'citizen', holderOrg: 'yx-zrzyj', replyBy: '2026-03-10',
      requestContent: '申请公开城东片区2011年土地征收补偿方案及批复文件。',
    },
    expectedNodes: ['start', 'coreview', 'holderHead', 'office', 'opinionGate', 'end'],
  },
  {
    code: 'YX-CL-001', name: '市内用车', applicant: 'yangfan', submittedOn: '2026-03-02',
    data: {
      departAt: '2026-03-03 09:00', returnAt: '2026-03-03 12:00', origin: '云溪市行政中心', destination: '云溪经济技术开发区管委会', passengers: 3, vehicleType: 'sedan',
      outOfCity: false, distanceKm: 40, passengerNames: '韩磊、杨帆、章敏', reason: '赴开发区调研重大项目推进情况。',
    },
    expectedNodes: ['start', 'deptHead', 'distanceGate', 'dispatch', 'notify', 'end'],
  },
  {
    code: 'YX-CL-001', name: '出市用车（分管领导审批）', applicant: 'taojing', submittedOn: '2026-03-04',
    data: {
      departAt: '2026-03-10 07:30', returnAt: '2026-03-10 19:00', origin: '云溪市行政中心', destination: '杭州市（省自然资源厅）', passengers: 2, vehicleType: 'suv',
      outOfCity: true, distanceKm: 520, reason: '赴省自然资源厅汇报国土空间规划编制工作。',
    },
    expectedNodes: ['start', 'deptHead', 'distanceGate', 'leader', 'dispatch', 'notify', 'end'],
  },
  {
    code: 'TX-CL-001', name: '县内用车', applicant: 'yuhong', submittedOn: '2026-03-03',
    data: {
      departAt: '2026-03-04 14:00', returnAt: '2026-03-04 17:30', origin: '桐溪县行政中心', destination: '桐溪县溪口镇', passengers: 2, vehicleType: 'sedan',
      outOfCity: false, distanceKm: 60, reason: '赴乡镇核查财政衔接资金项目。',
    },
    expectedNodes: ['start', 'deptHead', 'poolReview', 'distanceGate', 'dispatch', 'notify', 'end'],
  },
  {
    code: 'YX-HY-001', name: '视频会议室预订', applicant: 'suting', submittedOn: '2026-03-02',
    data: {
      meetingName: '全市重大项目推进视频调度会', room: 'video', attendees: 35, startAt: '2026-03-05 14:30', endAt: '2026-03-05 16:30', needsSupport: true,
      supportItems: ['video', 'audio'], note: '需连线各县（市、区）分会场。',
    },
    expectedNodes: ['start', 'confirm', 'supportGate', 'support', 'notify', 'end'],
  },
  {
    code: 'YX-BG-001', name: '办公用品调拨', applicant: 'zhangwei', submittedOn: '2026-03-02',
    data: {
      items: [
        { itemName: 'A4复印纸', spec: '70g 500张/包', quantity: 20, unit: 'pack' },
        { itemName: '硒鼓', spec: 'HP 88A', quantity: 4, unit: 'piece' },
      ],
      totalQuantity: 24, totalAmount: 1260, deliveryDate: '2026-03-06', receiveOrg: 'yx-zrzyj-bgs', useFor: '办公室日常办公耗材补充。',
    },
    expectedNodes: ['start', 'deptHead', 'asset', 'amountGate', 'issue', 'notify', 'end'],
  },
  {
    code: 'YX-SJ-001', name: '受限共享：市场主体登记信息', applicant: 'zhangwei', submittedOn: '2026-03-02',
    data: {
      dataset: 'market-entity', providerOrg: 'yx-scjgj', fields: ['name', 'code', 'address'], shareMode: 'api', securityLevel: 'restricted',
      period: ['2026-03-09', '2027-03-08'], systemName: '云溪市国土空间基础信息平台', purpose: '不动产登记中核验申请企业主体信息。',
    },
    expectedNodes: ['start', 'provider', 'levelGate', 'bureau', 'grant', 'notify', 'end'],
  },
  {
    code: 'YX-SJ-001', name: '敏感数据：户籍人口信息', applicant: 'pengyu', submittedOn: '2026-03-03',
    data: {
      dataset: 'household', providerOrg: 'yx-gaj', fields: ['name', 'code', 'status'], shareMode: 'verify', securityLevel: 'sensitive',
      period: ['2026-03-16', '2026-12-31'], systemName: '云溪市医保基金监管系统', purpose: '医保待遇享受资格核验（死亡人员冒领核查）。',
      securityMeasures: '仅接口核验返回是/否，不落地存储；调用留痕并按月审计。',
    },
    expectedNodes: ['start', 'provider', 'levelGate', 'security', 'bureau', 'grant', 'notify', 'end'],
  },
  {
    code: 'YX-ZH-001', name: '新进人员开通账号', applicant: 'hanlei', submittedOn: '2026-03-02',
    data: { accountUser: 'p-yangfan', accountUserIdCard: ID.yangfan, systems: ['oa', 'zzd', 'vpn'], accessLevel: 'normal', validUntil: '2028-12-31', reason: '新入职人员开通办公系统账号。' },
    expectedNodes: ['start', 'deptHead', 'review', 'provision', 'confirm', 'notifyUser', 'end'],
  },
  {
    code: 'XC-ZH-001', name: '区级账号开通', applicant: 'songtao', submittedOn: '2026-03-02',
    data: { accountUser: 'p-songtao', accountUserIdCard: ID.songtao, systems: ['oa', 'mail'], accessLevel: 'normal', reason: '岗位调整后开通政务邮箱。' },
    expectedNodes: ['start', 'deptHead', 'review', 'provision', 'confirm', 'notifyUser', 'end'],
  },
  {
    code: 'YX-TJ-001', name: '调取公开统计数据', applicant: 'yangfan', submittedOn: '2026-03-02',
    data: { dataItems: ['gdp', 'investment'], regionScope: 'county', granularity: 'quarter', periodFrom: '2024-01-01', periodTo: '2025-12-31', unpublished: false, purpose: '分析各县（市、区）固定资产投资与经济增长关系。' },
    chosenAssignees: { review: ['p-caoyu'] },
    expectedNodes: ['start', 'review', 'publishedGate', 'extract', 'receive', 'end'],
  },
  {
    code: 'YX-TJ-001', name: '调取未公开统计数据（局长审批）', applicant: 'taojing', submittedOn: '2026-03-05',
    data: { dataItems: ['population'], regionScope: 'county', granularity: 'year', periodFrom: '2025-01-01', periodTo: '2025-12-31', unpublished: true, purpose: '国土空间规划人口规模预测。' },
    chosenAssignees: { review: ['p-qinyong'] },
    expectedNodes: ['start', 'review', 'publishedGate', 'head', 'extract', 'receive', 'end'],
  },
  {
    code: 'YX-FG-001', name: '政府投资公路项目联合审查', applicant: 'liangyu', submittedOn: '2026-03-02',
    data: {
      projectName: '云溪至枫林一级公路改建工程', projectCode: '2601-339900-04-01-102345', projectType: 'gov-invest', investment: 186000, landArea: 420,
      location: '溪城区、枫林县', summary: '改建一级公路28.6公里，双向四车道，设计速度80公里/小时。',
    },
    expectedNodes: ['start', 'register', 'fanOut', 'planning', 'environment', 'construction', 'fanIn', 'decide', 'decisionGate', 'endPass'],
  },
  {
    code: 'YX-HP-001', name: '水库工程环境现场核查', applicant: 'yanbo', submittedOn: '2026-03-02',
    data: { projectName: '云山水库除险加固工程', projectCode: '2601-339903-04-01-200981', location: '云山区云峰镇', inspectDate: '2026-03-11' },
    expectedNodes: ['start', 'inspect', 'leader', 'end'],
  },
  {
    code: 'YX-TK-001', name: '公路项目联合踏勘（含环境核查子流程）', applicant: 'liangyu', submittedOn: '2026-03-09',
    data: { projectName: '云溪至枫林一级公路改建工程', projectCode: '2601-339900-04-01-102345', location: '溪城区、枫林县', landArea: 420, surveyDate: '2026-03-18' },
    expectedNodes: ['start', 'accept', 'fanOut', 'planningSurvey', 'envInspection', 'fanIn', 'opinion', 'end'],
  },
  {
    code: 'YX-YS-001', name: '调剂预算（预算科初审后下达）', applicant: 'zhangwei', submittedOn: '2026-03-02',
    data: {
      budgetYear: '2026', adjustType: 'transfer', fundSource: 'internal', amount: 300000,
      items: [
        { subject: '2200101 行政运行', project: '规划成果数字化归档', original: 800000, change: -300000 },
        { subject: '2200106 自然资源规划及管理', project: '城东片区详细规划编制', original: 1500000, change: 300000 },
      ],
      reason: '城东片区详细规划编制工作量增加，部门内部调剂资金。',
    },
    expectedNodes: ['start', 'unit', 'budget', 'amountGate', 'treasury', 'end'],
  },
  {
    code: 'YX-YS-001', name: '追加预算（预算审议小组比例会签）', applicant: 'yangfan', submittedOn: '2026-03-03',
    data: {
      budgetYear: '2026', adjustType: 'increase', fundSource: 'reserve', amount: 2000000,
      items: [{ subject: '2010401 行政运行（发展与改革事务）', project: '重大项目前期工作经费', original: 3000000, change: 2000000 }],
      reason: '新增列入省重大项目计划的项目5个，前期研究经费不足，申请动用预备费追加。',
    },
    expectedNodes: ['start', 'unit', 'budget', 'amountGate', 'committee', 'treasury', 'end'],
  },
  {
    code: 'YX-FZ-001', name: '合同合法性审查', applicant: 'hanlei', submittedOn: '2026-03-02',
    data: { reviewType: 'contract', subjectName: '重大项目谋划咨询服务合同', counterparty: '浙江某工程咨询有限公司', contractAmount: 480000, expectedDate: '2026-03-09', keyIssues: '违约责任与成果知识产权归属条款。' },
    expectedNodes: ['start', 'assign', 'review', 'notifyHead', 'end'],
  },
  {
    code: 'YX-BM-001', name: '门户网站信息发布审查', applicant: 'suting', submittedOn: '2026-03-02',
    data: { itemTitle: '《云溪市优化营商环境若干措施》政策解读', publishChannel: 'portal', secretLevel: 'none', publishDate: '2026-03-05', content: '解读企业开办、工程建设项目审批等20条措施。' },
    expectedNodes: ['start', 'dept', 'review', 'levelGate', 'archiveCopy', 'end'],
  },
  {
    code: 'YX-BM-001', name: '涉密事项对外提供（局长审批）', applicant: 'zhangwei', submittedOn: '2026-03-04',
    data: { itemTitle: '城东片区地下管线测绘成果', publishChannel: 'external', secretLevel: 'confidential', content: '向设计单位提供1:500地下管线测绘成果（秘密级）。' },
    expectedNodes: ['start', 'dept', 'review', 'levelGate', 'chief', 'archiveCopy', 'end'],
  },
  {
    code: 'YX-YJ-001', name: '山洪灾害：帐篷与医疗物资', applicant: 'gaojie', submittedOn: '2026-06-18',
    data: {
      incident: '竹峰县“6·18”山洪灾害', incidentLevel: 'III', deliverTo: '竹峰县竹源乡临时安置点', needBy: '2026-06-18 20:00', needTents: true, tentCount: 120,
      needFood: false, needMedical: true, medicalNote: '外伤处置包200套、消杀用品。', contact: '高洁', contactPhone: '13957812345',
    },
    expectedNodes: ['start', 'review', 'fanOut', 'tents', 'medical', 'fanIn', 'receive', 'end'],
  },
  {
    code: 'YX-YJ-001', name: '一般调拨（通用物资）', applicant: 'gaojie', submittedOn: '2026-07-02',
    data: { incident: '竹峰县台风防御准备', incidentLevel: 'IV', deliverTo: '竹峰县应急物资仓库', needBy: '2026-07-03 12:00', needTents: false, needFood: false, needMedical: false, contact: '高洁', contactPhone: '13957812345' },
    expectedNodes: ['start', 'review', 'fanOut', 'general', 'fanIn', 'receive', 'end'],
  },
  {
    code: 'YX-WS-001', name: '赴德国考察交通规划', applicant: 'hanlei', submittedOn: '2026-03-02',
    data: {
      delegation: '云溪市综合交通规划考察团', delegationLeader: 'p-yuyang', members: ['p-yuyang', 'p-hanlei', 'p-liangyu', 'p-dongtao'], memberCount: 4, countries: '德国',
      departDate: '2026-05-11', returnDate: '2026-05-17', inviter: '德国某市规划局', fundSource: 'budget', leaderIdCard: ID.hanlei,
      task: '考察城市综合交通规划与TOD开发经验，洽谈友好城市合作。',
    },
    expectedNodes: ['start', 'unit', 'faReview', 'director', 'publicity', 'issue', 'abroad', 'report', 'end'],
  },
  {
    code: 'YX-XF-001', name: '网上信访转办自然资源规划局', applicant: 'dailin', submittedOn: '2026-03-02',
    data: {
      petitionNo: 'XF2026030215', channel: 'online', category: 'land', petitionerName: '陈某某', petitionerIdCard: ID.petitioner, petitionerPhone: '13805781234',
      responsibleOrg: 'yx-zrzyj', content: '反映城东片区征地补偿款未足额发放。',
    },
    expectedNodes: ['start', 'register', 'handling', 'review', 'end'],
  },
]
