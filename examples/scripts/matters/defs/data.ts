import type { MatterBundle } from '@tongban/schemas'
import { startHiding } from '../common'
import {
  FlowBuilder, accepting, applicantHead, approval, cc, chosen, editOnly, end, exclusive, fixed, fromField, handle, hours, orgField, orgHead, role,
  theApplicant, wd,
} from '../flow-kit'
import {
  applicantCard, card, checkboxes, date, dateRange, form, idCard, materialUpload, opinion, orgPicker, personPicker, radio, select, showWhen, text,
  textarea, yesNo,
} from '../form-kit'
import { defineMatter, defineVariant, material } from '../matter-kit'

export const dataSharing = defineMatter({
  code: 'YX-SJ-001',
  name: '公共数据共享申请',
  shortName: '数据共享申请',
  category: '数据资源',
  description: '使用其他单位的公共数据：数据提供单位审核，敏感数据经数据安全科审核，市大数据局审核通过后自动开通授权（回调返回授权编号）。',
  acceptingOrgId: 'yx-dsjj',
  regionId: 'yx',
  legalBasis: [{ title: '《中华人民共和国数据安全法》' }, { title: '《浙江省公共数据条例》' }, { title: '《云溪市公共数据共享管理办法》' }],
  materials: [
    material('request-letter', '数据共享申请函', { template: '/templates/yx-sj-001/request-letter.docx' }),
    material('security-commitment', '数据安全承诺书', { template: '/templates/yx-sj-001/security-commitment.docx' }),
    material('system-filing', '使用系统等级保护备案证明', { systemSupplied: true, source: 'dsjj.system-registry' }),
  ],
  timeLimits: { legalDays: 10, promisedDays: 5 },
  tags: ['数据服务', 'webhook'],
  form: form({
    applicant: applicantCard(),
    need: card('数据需求', {
      dataset: select('申请数据资源', [
        ['market-entity', '市场主体登记信息'],
        ['household', '户籍人口基础信息'],
        ['social-security', '社会保险参保信息'],
        ['medical-insurance', '医保结算信息'],
        ['real-estate', '不动产登记信息'],
      ], { required: true }),
      providerOrg: orgPicker('数据提供单位', { required: true }),
      fields: checkboxes('申请字段', [['name', '名称/姓名'], ['code', '统一代码/证件号码'], ['address', '地址'], ['status', '状态'], ['date', '登记日期']], { required: true, span: 2 }),
      shareMode: radio('共享方式', [['api', '接口调用'], ['file', '批量交换'], ['verify', '查询核验']], { required: true }),
      securityLevel: radio('数据安全级别', [['public', '公开'], ['restricted', '受限共享'], ['sensitive', '敏感']], { required: true }),
      period: dateRange('使用期限', { required: true }),
      systemName: text('使用系统名称', { required: true }),
      purpose: textarea('用途及依据', { required: true }),
      securityMeasures: textarea('安全保障措施', { reactions: showWhen(['securityLevel'], "securityLevel === 'sensitive'") }),
    }),
    review: card('审核与授权', {
      providerOpinion: opinion('数据提供单位意见'),
      securityOpinion: opinion('数据安全科意见'),
      bureauOpinion: opinion('市大数据局意见'),
      grantId: text('授权编号', { readOnly: true }),
      grantExpiry: date('授权到期日', { readOnly: true }),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['request-letter', 'security-commitment']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['providerOpinion', 'securityOpinion', 'bureauOpinion', 'grantId', 'grantExpiry']),
      approval('provider', '数据提供单位审核', {
        assignees: [role('data-steward', orgField('providerOrg'))],
        multi: { mode: 'any' },
        timeLimit: wd(3),
        fieldPermissions: editOnly(['providerOpinion']),
        policies: { emptyAssignee: { action: 'assign-to', personIds: ['p-luobin'] }, timeout: { action: 'remind', maxReminders: 3, remindEvery: wd(1) } },
      }),
      exclusive('levelGate', '是否敏感数据'),
      approval('security', '数据安全科审核', { assignees: [orgHead(fixed('yx-dsjj-sjaqk'))], timeLimit: wd(1), fieldPermissions: editOnly(['securityOpinion']) }),
      approval('bureau', '市大数据局审核', {
        assignees: [role('data-steward', accepting)],
        multi: { mode: 'any' },
        timeLimit: wd(2),
        fieldPermissions: editOnly(['bureauOpinion']),
        policies: { duplicateApprover: 'consecutive', rejection: { action: 'return-to-node', nodeId: 'provider' } },
      }),
      {
        type: 'service',
        id: 'grant',
        name: '开通数据授权',
        topic: 'data.access-granted',
        payload: [
          { from: 'dataset', to: 'dataset' },
          { from: 'fields', to: 'fields' },
          { from: 'providerOrg', to: 'providerOrgId' },
          { from: 'applicantOrg', to: 'consumerOrgId' },
          { from: 'period', to: 'period' },
          { from: 'shareMode', to: 'shareMode' },
        ],
        waitForCallback: true,
        results: [
          { from: 'grantId', to: 'grantId' },
          { from: 'expiresOn', to: 'grantExpiry' },
        ],
        timeLimit: wd(1),
      },
      cc('notify', '通知申请人', [theApplicant]),
      end('approved'),
    )
    .chain('start', 'provider', 'levelGate')
    .link('levelGate', 'security', { name: '敏感数据', condition: "securityLevel == 'sensitive'", priority: 1 })
    .link('levelGate', 'bureau', { name: '其他', isDefault: true, priority: 9 })
    .chain('security', 'bureau', 'grant', 'notify', 'end')
    .build(),
})

export const itAccount = defineMatter({
  code: 'YX-ZH-001',
  name: '政务信息系统账号开通',
  shortName: '信息化账号开通',
  category: '数据资源',
  description: '为工作人员开通协同办公、浙政钉、政务外网VPN等账号：单位负责人审核，市大数据局审核后由系统自动开通，信息化专员确认。',
  acceptingOrgId: 'yx-dsjj',
  regionId: 'yx',
  legalBasis: [{ title: '《云溪市政务信息系统安全管理办法》' }],
  materials: [material('staff-info', '使用人身份信息', { systemSupplied: true, source: 'directory.person' })],
  timeLimits: { promisedDays: 2 },
  tags: ['移动端', 'webhook'],
  form: form({
    applicant: applicantCard(),
    account: card('账号信息', {
      accountUser: personPicker('使用人', { required: true }),
      accountUserIdCard: idCard('使用人身份证号', { required: true }),
      systems: checkboxes('开通系统', [['oa', '协同办公系统'], ['zzd', '浙政钉'], ['vpn', '政务外网VPN'], ['data-portal', '公共数据平台'], ['mail', '政务邮箱']], { required: true, span: 2 }),
      accessLevel: radio('权限级别', [['normal', '普通用户'], ['manager', '单位管理员']], { required: true, default: 'normal' }),
      validUntil: date('有效期至', {
        description: '管理员账号必须设置有效期',
        reactions: { dependencies: ['accessLevel'], fulfill: { state: { required: "{{ accessLevel === 'manager' }}" } } },
      }),
      reason: textarea('开通事由', { required: true }),
    }),
    opening: card('审核与开通', {
      headOpinion: opinion('单位负责人意见'),
      accountName: text('开通账号'),
      openNote: textarea('开通情况'),
    }),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['headOpinion', 'accountName', 'openNote']),
      approval('deptHead', '单位负责人审核', {
        assignees: [applicantHead(1)],
        timeLimit: wd(1),
        fieldPermissions: editOnly(['headOpinion']),
        policies: { applicantIsApprover: 'self-approve', duplicateApprover: 'consecutive' },
      }),
      approval('review', '大数据局审核', {
        assignees: [role('it-officer', accepting)],
        multi: { mode: 'any' },
        timeLimit: wd(1),
        policies: { rejection: { action: 'return-to-applicant' } },
      }),
      {
        type: 'service',
        id: 'provision',
        name: '自动开通账号',
        topic: 'account.provision-requested',
        payload: [
          { from: 'accountUser', to: 'personId' },
          { from: 'systems', to: 'systems' },
          { from: 'accessLevel', to: 'accessLevel' },
          { from: 'validUntil', to: 'validUntil' },
        ],
        waitForCallback: false,
        timeLimit: hours(1),
      },
      handle('confirm', '开通确认', {
        assignees: [role('it-officer', accepting)],
        multi: { mode: 'any' },
        timeLimit: wd(1),
        fieldPermissions: editOnly(['accountName', 'openNote']),
      }),
      cc('notifyUser', '通知使用人', [fromField('accountUser', 'person')], { default: 'read', fields: { accountUserIdCard: 'hidden' } }),
      end('completed'),
    )
    .chain('start', 'deptHead', 'review', 'provision', 'confirm', 'notifyUser', 'end')
    .build(),
})

/** 溪城区: the district big-data centre opens accounts within 1 working day. */
export const itAccountXc = defineVariant(itAccount, {
  code: 'XC-ZH-001',
  regionId: 'xc',
  acceptingOrgId: 'xc-dsj',
  timeLimits: { promisedDays: 1 },
  notes: '溪城区适用：由区大数据发展中心办理，承诺1个工作日',
})

export const statisticsExtract = defineMatter({
  code: 'YX-TJ-001',
  name: '统计数据调取',
  shortName: '统计数据调取',
  category: '统计服务',
  description: '调取市统计局的统计数据：申请人选定统计数据管理员审核，涉及未公开数据的报局长审批；统计数据系统生成数据文件后回调交付。',
  acceptingOrgId: 'yx-tjj',
  regionId: 'yx',
  legalBasis: [{ title: '《中华人民共和国统计法》' }, { title: '《中华人民共和国统计法实施条例》' }],
  materials: [material('request-letter', '数据调取函', {})],
  timeLimits: { promisedDays: 5 },
  tags: ['数据服务', 'webhook'],
  form: form({
    applicant: applicantCard(),
    need: card('数据需求', {
      dataItems: checkboxes('数据项', [['gdp', '地区生产总值'], ['population', '常住人口'], ['industry', '规上工业增加值'], ['investment', '固定资产投资'], ['retail', '社会消费品零售总额']], { required: true, span: 2 }),
      regionScope: select('统计范围', [['city', '全市'], ['county', '分县（市、区）']], { required: true }),
      granularity: radio('数据频度', [['month', '月度'], ['quarter', '季度'], ['year', '年度']], { required: true }),
      periodFrom: date('数据起始期', { required: true }),
      periodTo: date('数据截止期', { required: true }),
      unpublished: yesNo('含未公开数据', { required: true }),
      purpose: textarea('用途', { required: true }),
    }),
    delivery: card('审核与交付', {
      reviewOpinion: opinion('统计局审核意见'),
      headOpinion: opinion('局长意见'),
      fileLink: text('数据文件', { readOnly: true }),
      deliveryNote: textarea('接收确认'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['request-letter']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['reviewOpinion', 'headOpinion', 'fileLink', 'deliveryNote']),
      approval('review', '统计局审核', {
        assignees: [chosen(['statistics-officer'])],
        timeLimit: wd(2),
        fieldPermissions: editOnly(['reviewOpinion']),
        policies: { emptyAssignee: { action: 'assign-to', personIds: ['p-qinyong'] }, applicantIsApprover: 'assign-head' },
      }),
      exclusive('publishedGate', '是否含未公开数据'),
      approval('head', '局长审批', { assignees: [orgHead(accepting)], timeLimit: wd(2), fieldPermissions: editOnly(['headOpinion']) }),
      {
        type: 'service',
        id: 'extract',
        name: '生成数据文件',
        topic: 'stats.extract-requested',
        payload: [
          { from: 'dataItems', to: 'items' },
          { from: 'regionScope', to: 'scope' },
          { from: 'granularity', to: 'granularity' },
          { from: 'periodFrom', to: 'from' },
          { from: 'periodTo', to: 'to' },
        ],
        waitForCallback: true,
        results: [{ from: 'fileUrl', to: 'fileLink' }],
        timeLimit: wd(2),
      },
      handle('receive', '申请人确认接收', {
        assignees: [theApplicant],
        timeLimit: wd(3),
        fieldPermissions: editOnly(['deliveryNote']),
        policies: { timeout: { action: 'auto-approve' } },
      }),
      end('completed'),
    )
    .chain('start', 'review', 'publishedGate')
    .link('publishedGate', 'head', { name: '含未公开数据', condition: 'unpublished == true', priority: 1 })
    .link('publishedGate', 'extract', { name: '仅公开数据', isDefault: true, priority: 9 })
    .chain('head', 'extract', 'receive', 'end')
    .build(),
})

export const DATA_MATTERS: MatterBundle[] = [dataSharing, itAccount, itAccountXc, statisticsExtract]
