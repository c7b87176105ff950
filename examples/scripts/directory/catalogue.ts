import type { OrganisationRole, Position } from '@tongban/schemas'

/** 职务目录. Levels follow the civil-service ladder: 科员 1 … 局长 5, 副市长 7, 市长 8. */
export const POSITIONS: Position[] = [
  { code: 'clerk', name: '科员', level: 1 },
  { code: 'principal-clerk', name: '一级主任科员', level: 2 },
  { code: 'deputy-section-chief', name: '副科长', level: 2 },
  { code: 'section-chief', name: '科长', level: 3 },
  { code: 'unit-chief', name: '股长', level: 3 },
  { code: 'office-director', name: '办公室主任', level: 3 },
  { code: 'deputy-director', name: '副局长', level: 4 },
  { code: 'deputy-head', name: '副主任', level: 4 },
  { code: 'deputy-curator', name: '副馆长', level: 4 },
  { code: 'deputy-minister', name: '副部长', level: 4 },
  { code: 'director', name: '局长', level: 5 },
  { code: 'head', name: '主任', level: 5 },
  { code: 'curator', name: '馆长', level: 5 },
  { code: 'minister', name: '部长', level: 5 },
  { code: 'secretary-general', name: '秘书长', level: 5 },
  { code: 'deputy-county-head', name: '副县（区）长', level: 6 },
  { code: 'county-head', name: '县（区）长', level: 7 },
  { code: 'deputy-mayor', name: '副市长', level: 7 },
  { code: 'mayor', name: '市长', level: 8 },
]

/** 单位角色: granted per organisation; flows address them as "role X in organisation Y". */
export const ORG_ROLES: OrganisationRole[] = [
  { code: 'archivist', name: '档案管理员', description: '受理档案查阅、提供档案复制件' },
  { code: 'cadre-file-keeper', name: '干部档案管理员', description: '干部人事档案的保管与转递' },
  { code: 'finance-officer', name: '财务负责人', description: '本单位预算与财务事务' },
  { code: 'budget-committee', name: '预算审议委员', description: '财政局预算调整审议小组成员' },
  { code: 'seal-keeper', name: '印章管理员', description: '保管并使用单位印章' },
  { code: 'data-steward', name: '数据管理员', description: '本单位数据资源的目录、共享与授权' },
  { code: 'hr-officer', name: '人事专员', description: '人员调配、借调与工资关系办理' },
  { code: 'vehicle-manager', name: '车辆管理员', description: '公务用车调度' },
  { code: 'meeting-room-manager', name: '会议室管理员', description: '会议室预订与会务保障' },
  { code: 'it-officer', name: '信息化专员', description: '账号开通、终端与网络保障' },
  { code: 'document-clerk', name: '办文专员', description: '收文登记、分办、函件流转' },
  { code: 'secrecy-reviewer', name: '保密审查员', description: '涉密事项与信息发布前的保密审查' },
  { code: 'legal-adviser', name: '法律顾问', description: '合同、规范性文件的合法性审查' },
  { code: 'statistics-officer', name: '统计数据管理员', description: '统计数据的调取与提供' },
  { code: 'disclosure-officer', name: '信息公开专员', description: '政府信息公开申请的办理与协查' },
  { code: 'asset-manager', name: '资产管理员', description: '办公用品与国有资产的调拨' },
  { code: 'emergency-supplies', name: '应急物资管理员', description: '应急物资储备与调拨' },
  { code: 'foreign-affairs-officer', name: '外事专员', description: '因公出国（境）审核' },
]
