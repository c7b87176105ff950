/**
 * 云溪市 (a fictional prefecture-level city): the municipal departments with their offices, nine
 * counties/districts and an economic development zone with their own departments.
 * Ids: region `yx`; departments `<region>-<code>`; offices `<department>-<code>`.
 */
export interface DepartmentDef {
  code: string
  /** Full name without the region prefix, e.g. `财政局`. */
  name: string
  /** Name used in the city's own documents, e.g. `市财政局`. */
  shortName?: string
  /** Full name override (e.g. party organs and vertically managed bureaus). */
  fullName?: string
  offices?: Array<[code: string, name: string]>
}

export interface RegionDef {
  id: string
  name: string
  level: 'district' | 'county' | 'zone'
  /** Administrative division code (fictional). */
  code: string
  departments: DepartmentDef[]
}

export const CITY = { id: 'yx', name: '云溪市', code: '339900' }

export const CITY_DEPARTMENTS: DepartmentDef[] = [
  { code: 'zfb', name: '人民政府办公室', shortName: '市政府办公室', offices: [['msk', '秘书科'], ['zhk', '综合科'], ['zwgk', '政务公开科'], ['dck', '督查科']] },
  { code: 'zzb', name: '委组织部', fullName: '中共云溪市委组织部', shortName: '市委组织部', offices: [['gbk', '干部科'], ['zzk', '组织科'], ['jdk', '干部监督科']] },
  { code: 'czj', name: '财政局', shortName: '市财政局', offices: [['bgs', '办公室'], ['ysk', '预算科'], ['gkk', '国库科'], ['xzk', '行政政法科']] },
  { code: 'rsj', name: '人力资源和社会保障局', shortName: '市人力社保局', offices: [['bgs', '办公室'], ['rsk', '人事管理科'], ['gzk', '工资福利科']] },
  { code: 'zrzyj', name: '自然资源和规划局', shortName: '市自然资源规划局', offices: [['bgs', '办公室'], ['ghk', '国土空间规划科'], ['bdck', '不动产登记科']] },
  { code: 'dsjj', name: '大数据发展管理局', shortName: '市大数据局', offices: [['bgs', '办公室'], ['sjzyk', '数据资源科'], ['sjaqk', '数据安全科'], ['jcssk', '基础设施科']] },
  { code: 'daj', name: '档案馆', fullName: '云溪市档案馆（市档案局）', shortName: '市档案馆', offices: [['bgs', '办公室'], ['lyk', '档案利用科'], ['bgk', '保管保护科'], ['zdk', '业务指导科']] },
  { code: 'sfj', name: '司法局', shortName: '市司法局', offices: [['bgs', '办公室'], ['fzk', '法治督察科'], ['lsk', '律师工作科']] },
  { code: 'gaj', name: '公安局', shortName: '市公安局', offices: [['bgs', '办公室'], ['zhzx', '指挥中心'], ['rkk', '人口与出入境管理科']] },
  { code: 'scjgj', name: '市场监督管理局', shortName: '市市场监管局', offices: [['bgs', '办公室'], ['djk', '登记注册科'], ['xyk', '信用监管科']] },
  { code: 'fgw', name: '发展和改革委员会', shortName: '市发改委', offices: [['bgs', '办公室'], ['tzk', '固定资产投资科'], ['zdxmk', '重大项目科']] },
  { code: 'jyj', name: '教育局', shortName: '市教育局', offices: [['bgs', '办公室'], ['rsk', '人事科']] },
  { code: 'mzj', name: '民政局', shortName: '市民政局', offices: [['bgs', '办公室'], ['jzk', '社会救助科']] },
  { code: 'sthjj', name: '生态环境局', shortName: '市生态环境局', offices: [['bgs', '办公室'], ['hpk', '环境影响评价科'], ['jck', '监测与执法科']] },
  { code: 'zjj', name: '住房和城乡建设局', shortName: '市住建局', offices: [['bgs', '办公室'], ['jgk', '建筑业管理科'], ['cjda', '城建档案馆']] },
  { code: 'jtj', name: '交通运输局', shortName: '市交通运输局', offices: [['bgs', '办公室'], ['ghk', '规划建设科']] },
  { code: 'wjw', name: '卫生健康委员会', shortName: '市卫健委', offices: [['bgs', '办公室'], ['yzk', '医政医管科'], ['yjk', '卫生应急办公室']] },
  { code: 'sjj', name: '审计局', shortName: '市审计局', offices: [['bgs', '办公室'], ['czsjk', '财政审计科']] },
  { code: 'tjj', name: '统计局', shortName: '市统计局', offices: [['bgs', '办公室'], ['zhk', '综合科'], ['hsk', '核算科']] },
  { code: 'jgswj', name: '机关事务管理局', shortName: '市机关事务局', offices: [['bgs', '办公室'], ['gwyck', '公务用车管理科'], ['zck', '资产管理科'], ['hwk', '会务科']] },
  { code: 'ggb', name: '最多跑一次改革办公室', shortName: '市改革办', offices: [['zhk', '综合科'], ['bzhk', '标准化科']] },
  { code: 'zwb', name: '政务服务管理办公室', shortName: '市政务办', offices: [['bgs', '办公室'], ['ckk', '窗口管理科'], ['jdkhk', '监督考核科']] },
  { code: 'xfj', name: '信访局', shortName: '市信访局', offices: [['bgs', '办公室'], ['dck', '督查督办科']] },
  { code: 'yjj', name: '应急管理局', shortName: '市应急管理局', offices: [['bgs', '办公室'], ['wzk', '应急物资保障科'], ['jyk', '救援协调科']] },
  { code: 'wglj', name: '文化广电旅游局', shortName: '市文广旅局', offices: [['bgs', '办公室'], ['ggfwk', '公共服务科']] },
  { code: 'nyj', name: '农业农村局', shortName: '市农业农村局', offices: [['bgs', '办公室'], ['ghk', '发展规划科']] },
  { code: 'slj', name: '水利局', shortName: '市水利局', offices: [['bgs', '办公室'], ['gck', '工程建设科']] },
  { code: 'swj', name: '商务局', shortName: '市商务局', offices: [['bgs', '办公室'], ['scyxk', '市场运行和消费促进科']] },
  { code: 'ybj', name: '医疗保障局', shortName: '市医保局', offices: [['bgs', '办公室'], ['jjk', '基金监管科']] },
  { code: 'sw', name: '税务局', fullName: '国家税务总局云溪市税务局', shortName: '市税务局', offices: [['bgs', '办公室'], ['zsk', '征收管理科']] },
  { code: 'wb', name: '人民政府外事办公室', shortName: '市外办', offices: [['bgs', '办公室'], ['cgk', '出国（境）管理科']] },
  { code: 'bmj', name: '国家保密局', fullName: '云溪市国家保密局（市委保密办）', shortName: '市保密局', offices: [['bgs', '办公室'], ['jck', '保密检查科']] },
]

const countyDepartments = (archiveOffice: boolean, vehicleOffice: boolean, extra: DepartmentDef[]): DepartmentDef[] => [
  { code: 'zfb', name: '人民政府办公室' },
  { code: 'zzb', name: '委组织部' },
  { code: 'czj', name: '财政局' },
  { code: 'rsj', name: '人力资源和社会保障局' },
  { code: 'daj', name: '档案馆', ...(archiveOffice ? { offices: [['lyg', '档案利用股']] as Array<[string, string]> } : {}) },
  { code: 'jgsw', name: '机关事务服务中心', ...(vehicleOffice ? { offices: [['clg', '车辆管理股']] as Array<[string, string]> } : {}) },
  { code: 'dsj', name: '大数据发展中心' },
  { code: 'zwb', name: '政务服务管理办公室' },
  ...extra,
]

const COUNTY_EXTRA: DepartmentDef[] = [
  { code: 'zrzyj', name: '自然资源和规划局' },
  { code: 'sfj', name: '司法局' },
]

export const SUB_REGIONS: RegionDef[] = [
  { id: 'xc', name: '溪城区', level: 'district', code: '339902', departments: countyDepartments(true, false, []) },
  { id: 'ys', name: '云山区', level: 'district', code: '339903', departments: countyDepartments(false, false, []) },
  { id: 'fl', name: '枫林县', level: 'county', code: '339921', departments: countyDepartments(true, false, COUNTY_EXTRA) },
  { id: 'tx', name: '桐溪县', level: 'county', code: '339922', departments: countyDepartments(false, true, COUNTY_EXTRA) },
  { id: 'yl', name: '雁岭县', level: 'county', code: '339923', departments: countyDepartments(false, false, COUNTY_EXTRA) },
  { id: 'mc', name: '梅川县', level: 'county', code: '339924', departments: countyDepartments(false, false, COUNTY_EXTRA) },
  { id: 'zf', name: '竹峰县', level: 'county', code: '339925', departments: countyDepartments(false, false, [COUNTY_EXTRA[0]!]) },
  { id: 'al', name: '安澜县', level: 'county', code: '339926', departments: countyDepartments(false, false, [COUNTY_EXTRA[0]!]) },
  { id: 'qs', name: '青石县', level: 'county', code: '339927', departments: countyDepartments(false, false, COUNTY_EXTRA) },
  {
    id: 'kfq',
    name: '云溪经济技术开发区',
    level: 'zone',
    code: '339971',
    departments: [
      { code: 'dzb', name: '党政办公室' },
      { code: 'zzrs', name: '组织人事部' },
      { code: 'czj', name: '财政局' },
      { code: 'jfj', name: '经济发展局' },
      { code: 'ghjs', name: '规划建设局' },
      { code: 'zwfw', name: '政务服务中心' },
    ],
  },
]
