/**
 * Key accounts of the example directory, so tests and e2e scripts never hard-code ids.
 * `directory.test.ts` checks each entry against `data/directory.json`.
 */
export interface DemoPerson {
  id: string
  username: string
  name: string
  /** Primary organisation (the one they act for). */
  orgId: string
  /** What the account is for in tests and demos. */
  purpose: string
}

const demo = (username: string, name: string, orgId: string, purpose: string): DemoPerson => ({
  id: `p-${username}`,
  username,
  name,
  orgId,
  purpose,
})

export const DEMO_PEOPLE = {
  /** 市自然资源规划局办公室科员: applies for 档案查阅 (YX-DA-001). */
  archiveApplicant: demo('zhangwei', '张伟', 'yx-zrzyj-bgs', '档案查阅申请人 / archive look-up applicant'),
  /** 市档案馆档案利用科档案管理员: accepts 档案查阅 and provides copies. */
  archiveApprover: demo('linxiaohong', '林小红', 'yx-daj-lyk', '档案查阅受理人 / archive office approver'),
  /** 市档案馆副馆长 (分管利用科): approves look-ups of classified records. */
  archiveLeader: demo('mali', '马丽', 'yx-daj', '涉密档案审批领导 / leader for classified records'),
  /** 市发改委投资科科员: applies for 人员借调 (YX-RS-001). */
  secondmentApplicant: demo('yangfan', '杨帆', 'yx-fgw-tzk', '人员借调申请人 / secondment applicant'),
  /** 市统计局局长: countersigns 人员借调 as head of the lending department (市统计局). */
  secondmentLendingHead: demo('fengzhigang', '冯志刚', 'yx-tjj', '借出单位负责人（会签）/ lending department head, countersigner'),
  /** 市委组织部干部科科长: countersigns 人员借调 for the organisation department. */
  secondmentOrgDept: demo('xuwenbin', '许文斌', 'yx-zzb-gbk', '组织部干部科（会签）/ organisation department, countersigner'),
  /** 市人力社保局人事管理科科长: handles the secondment once approved. */
  secondmentHr: demo('lvjing', '吕静', 'yx-rsj-rsk', '人社局办理人 / HR handler'),
  /** 市民政局科员 with no role in any example flow: must never be able to act on others' cases. */
  bystander: demo('guolin', '郭琳', 'yx-mzj-jzk', '无关人员 / must not act'),
  /** System administrator (also 市大数据局基础设施科科长). */
  admin: demo('wangjianguo', '王建国', 'yx-dsjj-jcssk', '系统管理员 / administrator'),
  /** Second administrator (市改革办综合科科长). */
  admin2: demo('zhaomin', '赵敏', 'yx-ggb-zhk', '系统管理员 / administrator'),
  /** 市改革办标准化科科长: designs and publishes matters. */
  designer: demo('chensiyuan', '陈思远', 'yx-ggb-bzhk', '事项设计（改革办）/ matter designer'),
  /** 市政务办监督考核科科长: city-wide supervision. */
  supervisor: demo('sunlixin', '孙立新', 'yx-zwb-jdkhk', '市级效能监管 / city supervisor'),
  /** 溪城区政务办副主任: supervision of 溪城区 only. */
  countySupervisor: demo('qianfang', '钱芳', 'xc-zwb', '区级效能监管 / county supervisor'),
  /** 市审计局: reads the audit trail, changes nothing. */
  auditor: demo('zhenghaiyan', '郑海燕', 'yx-sjj-czsjk', '审计员（只读）/ auditor, read-only'),
} as const satisfies Record<string, DemoPerson>

export type DemoPersonKey = keyof typeof DEMO_PEOPLE
