import type { PlatformRole } from '@tongban/schemas'

/**
 * People of the 云溪市 directory, written out by hand so every flow of the example matters resolves
 * to real people. Names are invented; usernames are their pinyin.
 *
 * - `m`: memberships as [orgId, positionCode]; the first is primary (the organisation they act for).
 * - `r`: platform roles. `g`: organisation roles as [role, orgId].
 * - `head`: organisations whose head (负责人) this person is.
 * - `lead`: leader-by-level (分管领导) entries: [orgId, rank, title, overseen org ids].
 */
export interface PersonDef {
  u: string
  n: string
  m: Array<[orgId: string, position: string]>
  r: PlatformRole[]
  g?: Array<[role: string, orgId: string]>
  head?: string[]
  lead?: Array<[orgId: string, rank: number, title: string, oversees: string[]]>
}

const A: PlatformRole[] = ['approver']
const C: PlatformRole[] = ['clerk']
const CA: PlatformRole[] = ['clerk', 'approver']

export const PEOPLE: PersonDef[] = [
  // 市政府领导
  { u: 'zhoumingyuan', n: '周明远', m: [['yx', 'mayor']], r: A, head: ['yx'] },
  {
    u: 'xuchangqing', n: '徐长青', m: [['yx', 'deputy-mayor']], r: A,
    lead: [['yx', 1, '常务副市长', ['yx-zfb', 'yx-czj', 'yx-rsj', 'yx-fgw', 'yx-jgswj', 'yx-sjj', 'yx-tjj', 'yx-ggb', 'yx-zwb']]],
  },
  {
    u: 'lanhui', n: '兰慧', m: [['yx', 'deputy-mayor']], r: A,
    lead: [['yx', 2, '副市长', ['yx-zrzyj', 'yx-zjj', 'yx-sthjj', 'yx-jtj', 'yx-dsjj', 'yx-yjj', 'yx-slj', 'yx-nyj']]],
  },
  // 市政府办公室
  { u: 'jiangguohua', n: '蒋国华', m: [['yx-zfb', 'secretary-general']], r: A, head: ['yx-zfb'] },
  {
    u: 'shenming', n: '沈明', m: [['yx-zfb', 'deputy-head']], r: A,
    lead: [['yx-zfb', 1, '副主任', ['yx-zfb-msk', 'yx-zfb-zhk', 'yx-zfb-zwgk']]],
  },
  { u: 'xiexiaodong', n: '谢晓东', m: [['yx-zfb-msk', 'section-chief']], r: A, head: ['yx-zfb-msk'] },
  { u: 'dengxue', n: '邓雪', m: [['yx-zfb-msk', 'clerk']], r: CA, g: [['seal-keeper', 'yx-zfb-msk']] },
  { u: 'pengcheng', n: '彭程', m: [['yx-zfb-zwgk', 'section-chief']], r: CA, head: ['yx-zfb-zwgk'], g: [['disclosure-officer', 'yx-zfb-zwgk']] },
  { u: 'suting', n: '苏婷', m: [['yx-zfb-zhk', 'clerk']], r: CA, g: [['document-clerk', 'yx-zfb-zhk']] },
  // 市委组织部
  { u: 'changweidong', n: '常卫东', m: [['yx-zzb', 'minister']], r: A, head: ['yx-zzb'] },
  {
    u: 'duanhong', n: '段红', m: [['yx-zzb', 'deputy-minister']], r: A,
    lead: [['yx-zzb', 1, '常务副部长', ['yx-zzb-gbk', 'yx-zzb-jdk']]],
  },
  { u: 'xuwenbin', n: '许文斌', m: [['yx-zzb-gbk', 'section-chief']], r: A, head: ['yx-zzb-gbk'] },
  { u: 'hanxue', n: '韩雪', m: [['yx-zzb-gbk', 'clerk']], r: CA, g: [['cadre-file-keeper', 'yx-zzb-gbk']] },
  // 市财政局
  { u: 'linguodong', n: '林国栋', m: [['yx-czj', 'director']], r: A, head: ['yx-czj'] },
  {
    u: 'yeqing', n: '叶青', m: [['yx-czj', 'deputy-director']], r: A, g: [['budget-committee', 'yx-czj']],
    lead: [['yx-czj', 1, '副局长', ['yx-czj-ysk', 'yx-czj-gkk']]],
  },
  { u: 'gaofeng', n: '高峰', m: [['yx-czj-ysk', 'section-chief']], r: A, head: ['yx-czj-ysk'], g: [['budget-committee', 'yx-czj']] },
  { u: 'xiayu', n: '夏雨', m: [['yx-czj-gkk', 'section-chief']], r: A, head: ['yx-czj-gkk'], g: [['budget-committee', 'yx-czj']] },
  { u: 'fangli', n: '方丽', m: [['yx-czj-bgs', 'clerk']], r: C, g: [['finance-officer', 'yx-czj'], ['document-clerk', 'yx-czj-bgs']] },
  // 市人力社保局
  { u: 'lvjing', n: '吕静', m: [['yx-rsj-rsk', 'section-chief']], r: CA, head: ['yx-rsj-rsk'], g: [['hr-officer', 'yx-rsj-rsk']] },
  { u: 'baiyun', n: '白云', m: [['yx-rsj-rsk', 'clerk']], r: CA, g: [['hr-officer', 'yx-rsj-rsk']] },
  // 市自然资源规划局
  { u: 'gongzhiming', n: '龚志明', m: [['yx-zrzyj', 'director']], r: A, head: ['yx-zrzyj'] },
  { u: 'taojing', n: '陶静', m: [['yx-zrzyj-bgs', 'office-director']], r: CA, head: ['yx-zrzyj-bgs'] },
  { u: 'zhangwei', n: '张伟', m: [['yx-zrzyj-bgs', 'clerk']], r: C, g: [['disclosure-officer', 'yx-zrzyj-bgs'], ['finance-officer', 'yx-zrzyj']] },
  { u: 'zengqiang', n: '曾强', m: [['yx-zrzyj-ghk', 'section-chief']], r: CA, head: ['yx-zrzyj-ghk'] },
  // 市大数据局
  { u: 'liangchen', n: '梁晨', m: [['yx-dsjj', 'director']], r: A, head: ['yx-dsjj'] },
  { u: 'luobin', n: '罗斌', m: [['yx-dsjj-sjzyk', 'section-chief']], r: CA, head: ['yx-dsjj-sjzyk'], g: [['data-steward', 'yx-dsjj-sjzyk']] },
  { u: 'songjia', n: '宋佳', m: [['yx-dsjj-sjzyk', 'clerk']], r: CA, g: [['data-steward', 'yx-dsjj-sjzyk']] },
  { u: 'tanwen', n: '谭雯', m: [['yx-dsjj-sjaqk', 'section-chief']], r: CA, head: ['yx-dsjj-sjaqk'] },
  {
    u: 'wangjianguo', n: '王建国', m: [['yx-dsjj-jcssk', 'section-chief'], ['yx-ggb', 'principal-clerk']], r: ['admin', 'approver'],
    head: ['yx-dsjj-jcssk'], g: [['it-officer', 'yx-dsjj-jcssk']],
  },
  { u: 'hulei', n: '胡磊', m: [['yx-dsjj-jcssk', 'clerk']], r: CA, g: [['it-officer', 'yx-dsjj-jcssk']] },
  // 市档案馆
  { u: 'hejianhua', n: '何建华', m: [['yx-daj', 'curator']], r: A, head: ['yx-daj'] },
  {
    u: 'mali', n: '马丽', m: [['yx-daj', 'deputy-curator']], r: A,
    lead: [['yx-daj', 1, '副馆长', ['yx-daj-lyk', 'yx-daj-bgk']]],
  },
  { u: 'huangwei', n: '黄伟', m: [['yx-daj-lyk', 'section-chief']], r: CA, head: ['yx-daj-lyk'], g: [['archivist', 'yx-daj-lyk']] },
  { u: 'linxiaohong', n: '林小红', m: [['yx-daj-lyk', 'clerk']], r: CA, g: [['archivist', 'yx-daj-lyk']] },
  // 市司法局
  { u: 'zhonghua', n: '钟华', m: [['yx-sfj-lsk', 'section-chief']], r: A, head: ['yx-sfj-lsk'], g: [['legal-adviser', 'yx-sfj-lsk']] },
  { u: 'wangyang', n: '汪洋', m: [['yx-sfj-lsk', 'principal-clerk']], r: A, g: [['legal-adviser', 'yx-sfj-lsk']] },
  { u: 'fuxiao', n: '傅晓', m: [['yx-sfj-fzk', 'principal-clerk']], r: A, g: [['legal-adviser', 'yx-sfj-fzk']] },
  // 市公安局
  {
    u: 'yuanjie', n: '袁杰', m: [['yx-gaj-bgs', 'deputy-section-chief']], r: CA,
    g: [['data-steward', 'yx-gaj-bgs'], ['disclosure-officer', 'yx-gaj-bgs']],
  },
  // 市市场监管局
  { u: 'tangmin', n: '唐敏', m: [['yx-scjgj-xyk', 'section-chief']], r: CA, head: ['yx-scjgj-xyk'], g: [['data-steward', 'yx-scjgj-xyk']] },
  // 市发改委
  { u: 'panjianguo', n: '潘建国', m: [['yx-fgw', 'head']], r: A, head: ['yx-fgw'] },
  {
    u: 'yuyang', n: '于洋', m: [['yx-fgw', 'deputy-head']], r: A,
    lead: [['yx-fgw', 1, '副主任', ['yx-fgw-tzk', 'yx-fgw-zdxmk']]],
  },
  { u: 'hanlei', n: '韩磊', m: [['yx-fgw-tzk', 'section-chief']], r: CA, head: ['yx-fgw-tzk'] },
  { u: 'yangfan', n: '杨帆', m: [['yx-fgw-tzk', 'clerk']], r: C, g: [['document-clerk', 'yx-fgw-tzk']] },
  // 市生态环境局
  {
    u: 'kewei', n: '柯伟', m: [['yx-sthjj', 'deputy-director']], r: A,
    lead: [['yx-sthjj', 1, '副局长', ['yx-sthjj-hpk', 'yx-sthjj-jck']]],
  },
  { u: 'tianye', n: '田野', m: [['yx-sthjj-hpk', 'section-chief']], r: CA, head: ['yx-sthjj-hpk'] },
  // 市住建局
  { u: 'dongtao', n: '董涛', m: [['yx-zjj-jgk', 'section-chief']], r: CA, head: ['yx-zjj-jgk'] },
  // 市统计局
  { u: 'fengzhigang', n: '冯志刚', m: [['yx-tjj', 'director']], r: A, head: ['yx-tjj'] },
  { u: 'qinyong', n: '秦勇', m: [['yx-tjj-zhk', 'section-chief']], r: CA, head: ['yx-tjj-zhk'], g: [['statistics-officer', 'yx-tjj-zhk']] },
  { u: 'caoyu', n: '曹宇', m: [['yx-tjj-zhk', 'clerk']], r: C, g: [['statistics-officer', 'yx-tjj-zhk']] },
  // 市机关事务局
  { u: 'qiuzhiyuan', n: '邱志远', m: [['yx-jgswj', 'director']], r: A, head: ['yx-jgswj'] },
  {
    u: 'hemin', n: '贺敏', m: [['yx-jgswj', 'deputy-director']], r: A,
    lead: [['yx-jgswj', 1, '副局长', ['yx-jgswj-gwyck', 'yx-jgswj-zck', 'yx-jgswj-hwk']]],
  },
  { u: 'lujun', n: '陆军', m: [['yx-jgswj-gwyck', 'section-chief']], r: CA, head: ['yx-jgswj-gwyck'], g: [['vehicle-manager', 'yx-jgswj-gwyck']] },
  { u: 'jinjing', n: '金晶', m: [['yx-jgswj-hwk', 'clerk']], r: CA, g: [['meeting-room-manager', 'yx-jgswj-hwk']] },
  { u: 'yaobin', n: '姚斌', m: [['yx-jgswj-zck', 'section-chief']], r: CA, head: ['yx-jgswj-zck'], g: [['asset-manager', 'yx-jgswj-zck']] },
  // 市改革办 (designers)
  { u: 'wuguoping', n: '吴国平', m: [['yx-ggb', 'head']], r: A, head: ['yx-ggb'] },
  {
    u: 'chensiyuan', n: '陈思远', m: [['yx-ggb-bzhk', 'section-chief'], ['yx-zwb', 'principal-clerk']], r: ['designer', 'approver'],
    head: ['yx-ggb-bzhk'],
  },
  { u: 'liuting', n: '刘婷', m: [['yx-ggb-bzhk', 'clerk']], r: ['designer', 'clerk'] },
  { u: 'zhouxiaofeng', n: '周晓峰', m: [['yx-ggb-zhk', 'clerk']], r: ['designer', 'clerk'] },
  {
    u: 'zhaomin', n: '赵敏', m: [['yx-ggb-zhk', 'section-chief'], ['yx-dsjj-jcssk', 'principal-clerk']], r: ['admin', 'approver'],
    head: ['yx-ggb-zhk'],
  },
  // 市政务办 (city supervisor)
  { u: 'sunlixin', n: '孙立新', m: [['yx-zwb-jdkhk', 'section-chief'], ['yx-ggb', 'principal-clerk']], r: ['supervisor', 'approver'], head: ['yx-zwb-jdkhk'] },
  // 市信访局
  { u: 'shifeng', n: '石峰', m: [['yx-xfj', 'director']], r: A, head: ['yx-xfj'] },
  { u: 'dailin', n: '戴琳', m: [['yx-xfj-bgs', 'clerk']], r: CA, g: [['document-clerk', 'yx-xfj-bgs']] },
  // 市应急管理局
  { u: 'liming', n: '黎明', m: [['yx-yjj', 'director']], r: A, head: ['yx-yjj'] },
  { u: 'xiongbin', n: '熊斌', m: [['yx-yjj-wzk', 'section-chief']], r: CA, head: ['yx-yjj-wzk'], g: [['emergency-supplies', 'yx-yjj-wzk']] },
  // 市卫健委 / 市商务局
  { u: 'molan', n: '莫兰', m: [['yx-wjw-yjk', 'head']], r: CA, head: ['yx-wjw-yjk'] },
  { u: 'xuefeng', n: '薛峰', m: [['yx-swj-scyxk', 'section-chief']], r: CA, head: ['yx-swj-scyxk'] },
  // 市审计局 (auditor)
  { u: 'zhenghaiyan', n: '郑海燕', m: [['yx-sjj-czsjk', 'principal-clerk']], r: ['auditor'] },
  // 市外办
  { u: 'ganlu', n: '甘露', m: [['yx-wb', 'head']], r: A, head: ['yx-wb'] },
  { u: 'caiming', n: '蔡明', m: [['yx-wb-cgk', 'section-chief']], r: CA, head: ['yx-wb-cgk'], g: [['foreign-affairs-officer', 'yx-wb-cgk']] },
  // 市保密局
  { u: 'renzhi', n: '任志', m: [['yx-bmj', 'director']], r: A, head: ['yx-bmj'] },
  { u: 'zhuqing', n: '祝青', m: [['yx-bmj-jck', 'section-chief']], r: A, head: ['yx-bmj-jck'], g: [['secrecy-reviewer', 'yx-bmj-jck']] },
  { u: 'maoling', n: '毛玲', m: [['yx-bmj-jck', 'clerk']], r: CA, g: [['secrecy-reviewer', 'yx-bmj-jck']] },
  // clerks in other municipal departments
  { u: 'guolin', n: '郭琳', m: [['yx-mzj-jzk', 'clerk']], r: C },
  { u: 'wuqian', n: '吴倩', m: [['yx-jyj-rsk', 'clerk']], r: C, g: [['hr-officer', 'yx-jyj-rsk']] },
  { u: 'liangyu', n: '梁宇', m: [['yx-jtj-ghk', 'clerk']], r: C },
  { u: 'yanbo', n: '严波', m: [['yx-slj-gck', 'clerk']], r: C },
  { u: 'kangning', n: '康宁', m: [['yx-sw-bgs', 'clerk']], r: C, g: [['disclosure-officer', 'yx-sw-bgs']] },
  { u: 'pengyu', n: '彭宇', m: [['yx-ybj-jjk', 'clerk']], r: C, g: [['data-steward', 'yx-ybj-jjk']] },
  // 溪城区
  { u: 'lugang', n: '卢刚', m: [['xc', 'county-head']], r: A, head: ['xc'] },
  { u: 'zhouli', n: '周莉', m: [['xc-daj', 'curator']], r: A, head: ['xc-daj'] },
  { u: 'wujing', n: '吴静', m: [['xc-daj-lyg', 'unit-chief']], r: CA, head: ['xc-daj-lyg'], g: [['archivist', 'xc-daj-lyg']] },
  { u: 'hetao', n: '何涛', m: [['xc-dsj', 'head']], r: CA, head: ['xc-dsj'], g: [['it-officer', 'xc-dsj']] },
  { u: 'xiejun', n: '谢军', m: [['xc-zfb', 'head']], r: A, head: ['xc-zfb'] },
  { u: 'qianfang', n: '钱芳', m: [['xc-zwb', 'deputy-head']], r: ['supervisor', 'approver'] },
  { u: 'songtao', n: '宋涛', m: [['xc-zfb', 'clerk']], r: C, g: [['document-clerk', 'xc-zfb']] },
  // 枫林县
  { u: 'panli', n: '潘丽', m: [['fl-daj', 'curator']], r: A, head: ['fl-daj'] },
  { u: 'chenjie', n: '陈洁', m: [['fl-daj-lyg', 'unit-chief']], r: CA, head: ['fl-daj-lyg'], g: [['archivist', 'fl-daj-lyg']] },
  { u: 'luoqiang', n: '骆强', m: [['fl-czj', 'clerk']], r: C },
  // 桐溪县
  { u: 'shilei', n: '石磊', m: [['tx-jgsw', 'head']], r: A, head: ['tx-jgsw'] },
  { u: 'kongliang', n: '孔亮', m: [['tx-jgsw-clg', 'unit-chief']], r: CA, head: ['tx-jgsw-clg'], g: [['vehicle-manager', 'tx-jgsw-clg']] },
  { u: 'qiuming', n: '邱明', m: [['tx-czj', 'director']], r: A, head: ['tx-czj'] },
  { u: 'yuhong', n: '余红', m: [['tx-czj', 'clerk']], r: C },
  // other counties and the development zone
  { u: 'majun', n: '马骏', m: [['ys-czj', 'clerk']], r: C },
  { u: 'linfang', n: '林芳', m: [['yl-rsj', 'clerk']], r: C, g: [['hr-officer', 'yl-rsj']] },
  { u: 'xuli', n: '徐丽', m: [['mc-dsj', 'clerk']], r: C, g: [['it-officer', 'mc-dsj']] },
  { u: 'gaojie', n: '高洁', m: [['zf-zfb', 'clerk']], r: C },
  { u: 'wenbin', n: '温斌', m: [['al-zrzyj', 'clerk']], r: C },
  { u: 'luyao', n: '路遥', m: [['qs-daj', 'clerk']], r: C, g: [['archivist', 'qs-daj']] },
  { u: 'zhangmin', n: '章敏', m: [['kfq-jfj', 'clerk'], ['yx-fgw-zdxmk', 'clerk']], r: C },
]
