import type { FieldPermissions, MatterBundle } from '@tongban/schemas'
import { startHiding } from '../common'
import {
  FlowBuilder, accepting, approval, editOnly, end, exclusive, fixed, handle, orgHead, orgLeader, parallelJoin, parallelSplit, role, wd,
} from '../flow-kit'
import { applicantCard, card, date, form, materialUpload, number, opinion, radio, select, text, textarea } from '../form-kit'
import { defineMatter, material } from '../matter-kit'

const PROJECT_CODE = { pattern: '^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$', message: '投资项目代码格式如 2601-339900-04-01-123456' }
const OPINIONS = ['planningOpinion', 'envOpinion', 'constructionOpinion']

/** A department's opinion node sees the project but not the other departments' opinions. */
function ownOpinionOnly(own: string): FieldPermissions {
  const fields: FieldPermissions['fields'] = Object.fromEntries(OPINIONS.map((o) => [o, o === own ? 'edit' : 'hidden']))
  return { default: 'read', fields: { ...fields, decision: 'hidden', decisionNote: 'hidden' } }
}

export const jointReview = defineMatter({
  code: 'YX-FG-001',
  name: '政府投资项目联合审查',
  shortName: '联合审查',
  category: '项目审批',
  description: '市发改委牵头，规划、生态环境、住建部门并联出具意见；各部门逾期未出具视为无意见；全部答复后由牵头部门分管领导作出审查决定。',
  acceptingOrgId: 'yx-fgw',
  regionId: 'yx',
  legalBasis: [{ title: '《政府投资条例》' }, { title: '《优化营商环境条例》' }],
  materials: [
    material('feasibility-report', '可行性研究报告', { accept: ['pdf', 'ofd'], maxSizeMb: 200 }),
    material('site-plan', '总平面布置图', { accept: ['pdf', 'dwg', 'jpg'] }),
    material('land-pre-review', '用地预审与选址意见书', { systemSupplied: true, source: 'case-library' }),
  ],
  timeLimits: { legalDays: 20, promisedDays: 10 },
  tags: ['并联审批'],
  form: form({
    applicant: applicantCard(),
    project: card('项目信息', {
      projectName: text('项目名称', { required: true, maxLength: 100, span: 2 }),
      projectCode: text('投资项目代码', { required: true, validator: PROJECT_CODE }),
      projectType: select('项目类型', [['gov-invest', '政府投资项目'], ['enterprise', '企业投资项目']], { required: true }),
      investment: number('总投资', { min: 0, max: 10000000, unit: '万元', required: true }),
      landArea: number('用地面积', { min: 0, unit: '亩' }),
      location: text('建设地点', { required: true, span: 2 }),
      summary: textarea('建设内容及规模', { required: true }),
    }),
    opinions: card('部门意见', {
      planningOpinion: opinion('规划部门意见'),
      envOpinion: opinion('生态环境部门意见'),
      constructionOpinion: opinion('住建部门意见'),
      decision: radio('审查结论', [['pass', '通过'], ['revise', '修改后通过'], ['fail', '不通过']]),
      decisionNote: textarea('结论说明'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['feasibility-report', 'site-plan']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding([...OPINIONS, 'decision', 'decisionNote']),
      handle('register', '牵头部门受理', { assignees: [role('document-clerk', accepting)], multi: { mode: 'any' }, timeLimit: wd(1) }),
      parallelSplit('fanOut', '并联征求意见'),
      handle('planning', '规划部门意见', {
        assignees: [orgHead(fixed('yx-zrzyj-ghk'))],
        timeLimit: wd(5),
        fieldPermissions: ownOpinionOnly('planningOpinion'),
        policies: { timeout: { action: 'auto-approve' }, emptyAssignee: { action: 'auto-approve' } },
      }),
      handle('environment', '生态环境部门意见', {
        assignees: [orgHead(fixed('yx-sthjj-hpk'))],
        timeLimit: wd(5),
        fieldPermissions: ownOpinionOnly('envOpinion'),
        policies: { timeout: { action: 'auto-approve' }, emptyAssignee: { action: 'auto-approve' } },
      }),
      handle('construction', '住建部门意见', {
        assignees: [orgHead(fixed('yx-zjj-jgk'))],
        timeLimit: wd(5),
        fieldPermissions: ownOpinionOnly('constructionOpinion'),
        policies: { timeout: { action: 'auto-approve' }, emptyAssignee: { action: 'auto-approve' } },
      }),
      parallelJoin('fanIn', '意见汇总'),
      approval('decide', '牵头部门审查决定', {
        assignees: [orgLeader(accepting, 1)],
        timeLimit: wd(3),
        fieldPermissions: editOnly(['decision', 'decisionNote']),
        policies: { rejection: { action: 'return-to-applicant' }, emptyAssignee: { action: 'assign-to', personIds: ['p-panjianguo'] } },
      }),
      exclusive('decisionGate', '审查结论'),
      end('approved', 'endPass', '审查通过'),
      end('rejected', 'endFail', '审查不通过'),
    )
    .chain('start', 'register', 'fanOut')
    .link('fanOut', 'planning')
    .link('fanOut', 'environment')
    .link('fanOut', 'construction')
    .link('planning', 'fanIn')
    .link('environment', 'fanIn')
    .link('construction', 'fanIn')
    .chain('fanIn', 'decide', 'decisionGate')
    .link('decisionGate', 'endFail', { name: '不通过', condition: "decision == 'fail'", priority: 1 })
    .link('decisionGate', 'endPass', { name: '通过', isDefault: true, priority: 9 })
    .build(),
})

export const envSiteInspection = defineMatter({
  code: 'YX-HP-001',
  name: '建设项目环境现场核查',
  shortName: '环境现场核查',
  category: '生态环境',
  description: '市生态环境局环评科对建设项目现场进行环境核查并出具结论，分管领导审核。可单独申请，也作为“项目联合踏勘”的子流程。',
  acceptingOrgId: 'yx-sthjj',
  regionId: 'yx',
  legalBasis: [{ title: '《中华人民共和国环境影响评价法》' }, { title: '《建设项目环境保护管理条例》' }],
  materials: [material('location-map', '项目位置图', { required: false })],
  timeLimits: { legalDays: 10, promisedDays: 5 },
  form: form({
    applicant: applicantCard(),
    project: card('核查对象', {
      projectName: text('项目名称', { required: true, maxLength: 100, span: 2 }),
      projectCode: text('投资项目代码', { validator: PROJECT_CODE }),
      location: text('建设地点', { required: true }),
      inspectDate: date('核查日期', { required: true }),
    }),
    result: card('核查结论', {
      envConclusion: radio('核查结论', [['ok', '符合'], ['conditional', '有条件符合'], ['not-ok', '不符合']]),
      inspectNote: textarea('核查记录'),
      leaderOpinion: opinion('分管领导意见'),
    }),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['envConclusion', 'inspectNote', 'leaderOpinion']),
      handle('inspect', '环评科现场核查', { assignees: [orgHead(fixed('yx-sthjj-hpk'))], timeLimit: wd(3), fieldPermissions: editOnly(['envConclusion', 'inspectNote']) }),
      approval('leader', '分管领导审核', {
        assignees: [orgLeader(accepting, 1)],
        timeLimit: wd(2),
        fieldPermissions: editOnly(['leaderOpinion']),
        policies: { emptyAssignee: { action: 'auto-approve' } },
      }),
      end('approved'),
    )
    .chain('start', 'inspect', 'leader', 'end')
    .build(),
})

export const jointSiteSurvey = defineMatter({
  code: 'YX-TK-001',
  name: '建设项目联合踏勘',
  shortName: '项目联合踏勘',
  category: '项目审批',
  description: '市自然资源规划局牵头组织联合踏勘：规划科现场踏勘，同时发起市生态环境局“建设项目环境现场核查”（子流程），两者完成后出具踏勘意见。',
  acceptingOrgId: 'yx-zrzyj',
  regionId: 'yx',
  legalBasis: [{ title: '《云溪市建设项目联合踏勘工作规则》' }, { title: '《优化营商环境条例》' }],
  materials: [
    material('site-map', '踏勘范围示意图', { accept: ['pdf', 'jpg', 'png', 'dwg'] }),
    material('project-approval', '项目立项文件', { systemSupplied: true, source: 'case-library' }),
  ],
  timeLimits: { legalDays: 15, promisedDays: 7 },
  tags: ['子流程'],
  form: form({
    applicant: applicantCard(),
    project: card('项目信息', {
      projectName: text('项目名称', { required: true, maxLength: 100, span: 2 }),
      projectCode: text('投资项目代码', { required: true, validator: PROJECT_CODE }),
      location: text('建设地点', { required: true }),
      landArea: number('用地面积', { min: 0, unit: '亩', required: true }),
      surveyDate: date('踏勘日期', { required: true }),
    }),
    result: card('踏勘意见', {
      acceptOpinion: opinion('规划科受理意见'),
      planningSurvey: textarea('规划踏勘记录'),
      envConclusion: select('生态环境核查结论', [['ok', '符合'], ['conditional', '有条件符合'], ['not-ok', '不符合']], { readOnly: true }),
      surveyOpinion: opinion('联合踏勘意见'),
    }),
    attachments: card('申请材料', { materials: materialUpload('上传材料', ['site-map']) }, 1),
  }),
  flow: new FlowBuilder()
    .add(
      startHiding(['acceptOpinion', 'planningSurvey', 'envConclusion', 'surveyOpinion']),
      approval('accept', '规划科受理', { assignees: [orgHead(fixed('yx-zrzyj-ghk'))], timeLimit: wd(1), fieldPermissions: editOnly(['acceptOpinion']) }),
      parallelSplit('fanOut', '分头踏勘'),
      handle('planningSurvey', '规划现场踏勘', {
        assignees: [orgHead(fixed('yx-zrzyj-ghk'))],
        timeLimit: wd(3),
        fieldPermissions: editOnly(['planningSurvey']),
        policies: { duplicateApprover: 'none' },
      }),
      {
        type: 'subflow',
        id: 'envInspection',
        name: '生态环境现场核查（市生态环境局）',
        matterCode: 'YX-HP-001',
        inputs: [
          { from: 'projectName', to: 'projectName' },
          { from: 'projectCode', to: 'projectCode' },
          { from: 'location', to: 'location' },
          { from: 'surveyDate', to: 'inspectDate' },
        ],
        outputs: [{ from: 'envConclusion', to: 'envConclusion' }],
        applicant: 'case-applicant',
        failOnChildRejected: false,
        timeLimit: wd(5),
      },
      parallelJoin('fanIn', '踏勘完成'),
      handle('opinion', '出具联合踏勘意见', {
        assignees: [orgHead(fixed('yx-zrzyj-ghk'))],
        timeLimit: wd(2),
        fieldPermissions: editOnly(['surveyOpinion']),
        policies: { duplicateApprover: 'none' },
      }),
      end('completed'),
    )
    .chain('start', 'accept', 'fanOut')
    .link('fanOut', 'planningSurvey')
    .link('fanOut', 'envInspection')
    .link('planningSurvey', 'fanIn')
    .link('envInspection', 'fanIn')
    .chain('fanIn', 'opinion', 'end')
    .build(),
})

export const PROJECT_MATTERS: MatterBundle[] = [jointReview, envSiteInspection, jointSiteSurvey]
