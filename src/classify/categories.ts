/**
 * Petition category catalogue, as data. Keywords are written the way villagers actually type
 * (colloquial, dialect-ish, common typos) rather than in official wording.
 */

export type CategoryCode =
  | 'water'
  | 'housing'
  | 'education'
  | 'medical'
  | 'welfare'
  | 'wages'
  | 'poverty_policy'
  | 'infrastructure'
  | 'dispute'
  | 'misconduct'
  | 'other';

export interface CategoryDef {
  code: CategoryCode;
  name: string;
  description: string;
  keywords: string[];
  /** County department kind that owns it (谁主管、谁负责); null = township (属地) or discipline commission. */
  department: string | null;
  /**
   * Per-keyword weight overrides. Unlisted keywords get a length-based default
   * (longer phrases are more specific): 1 char 1.0, 2 chars 1.5, 3+ chars 2.0.
   */
  weights?: Record<string, number>;
}

export const CATEGORIES: CategoryDef[] = [
  {
    code: 'water',
    name: '饮水安全',
    description: 'Drinking water: tap water outages, water quality, wells, pipes, supply projects.',
    department: 'water_bureau',
    keywords: [
      '自来水', '饮水', '吃水', '喝水', '用水', '水质', '浑浊', '发黄', '异味', '水有味', '水垢',
      '停水', '断水', '没水', '冇水', '没得水', '莫得水', '没有水', '不出水', '不来水', '水停',
      '水龙头', '龙头', '一滴水', '水都没有', '沟水', '浑', '水管', '自来水管', '水管爆', '水管破', '水管坏', '水压', '水压低', '水太小',
      '井', '水井', '机井', '打井', '井水', '井干', '水窖', '水塔', '水源', '蓄水池', '水池',
      '供水', '水厂', '水费', '水表', '安全饮水', '饮水工程', '人畜饮水', '挑水', '拉水',
      '水不干净', '水里有', '水碱', '烧开', '黄泥水', '水发浑', '水浑', '水是浑', '吃不上水', '喝不上水', '没水吃', '没水喝',
    ],
    weights: {
      自来水: 3, 饮水: 3, 吃水: 3, 停水: 3, 断水: 3, 水质: 3, 不出水: 3, 不来水: 3, 水停: 2.5,
      没水: 2.5, 冇水: 2.5, 没得水: 3, 莫得水: 3, 没有水: 2, 水龙头: 2.5, 龙头: 2, 一滴水: 2, 水都没有: 2.5, 沟水: 2, 浑: 1, 水管: 2, 井: 1.5,
      水井: 2.5, 井水: 2.5, 机井: 2.5, 供水: 2.5, 浑浊: 2, 发黄: 1, 异味: 1, 用水: 1.5,
      吃不上水: 3, 喝不上水: 3, 没水吃: 3, 没水喝: 3, 安全饮水: 3, 饮水工程: 3,
    },
  },
  {
    code: 'housing',
    name: '住房安全',
    description: 'Housing safety: dilapidated houses, cracks, leaking roofs, renovation of unsafe housing.',
    department: 'housing_bureau',
    keywords: [
      '危房', '危房改造', '危改', '房子裂', '房裂', '墙裂', '裂缝', '裂口子', '开裂', '墙体开裂', '漏雨',
      '屋顶漏', '房顶漏', '房子漏', '屋里漏', '漏风', '掉瓦', '房梁', '土坯房', '泥巴房', '老房子',
      '房子', '房屋', '住房', '住房安全', '改造', '加固', '房屋鉴定', '鉴定', '安置房', '盖房', '建房',
      '房子歪', '墙歪', '墙上裂', '裂了', '老屋', '地基下沉', '住不了人', '没地方住', '屋顶', '房顶',
    ],
    weights: {
      危房: 3, 危房改造: 3.5, 危改: 3, 房子裂: 3, 墙裂: 2.5, 漏雨: 3, 屋顶漏: 3, 房顶漏: 3,
      房子漏: 3, 土坯房: 2.5, 房子: 1, 房屋: 1.5, 住房: 2, 住房安全: 3, 改造: 0.8, 鉴定: 0.8,
      裂缝: 1.5, 开裂: 1.5, 裂了: 1.5, 墙上裂: 2.5, 老屋: 1.5, 屋顶: 1, 房顶: 1, 没地方住: 2.5, 住不了人: 2.5,
    },
  },
  {
    code: 'education',
    name: '教育',
    description: 'Education: tuition and fees, dropouts, school buses, nutrition meals, student aid.',
    department: 'education_bureau',
    keywords: [
      '学费', '辍学', '失学', '不上学', '上不了学', '没学上', '校车', '营养餐', '资助', '助学金',
      '助学贷款', '两免一补', '学校', '学生', '老师', '教师', '上学', '读书', '念书', '入学', '转学',
      '幼儿园', '小学', '初中', '高中', '书本费', '住宿费', '补课费', '教学点', '控辍保学', '寄宿',
      '奖学金', '义务教育', '学籍', '班主任', '校长', '体罚', '生活补助', '寄宿生', '放学', '娃上学',
    ],
    weights: {
      学费: 3, 辍学: 3, 失学: 3, 校车: 3, 营养餐: 3, 助学金: 3, 助学贷款: 3, 两免一补: 3, 资助: 2,
      学校: 2, 上学: 2, 学生: 1.5, 控辍保学: 3, 书本费: 3, 上不了学: 3, 不上学: 2.5, 没学上: 3,
    },
  },
  {
    code: 'medical',
    name: '医疗保障',
    description: 'Medical security: health insurance, reimbursement, serious illness, hospitalisation costs.',
    department: 'medical_security_bureau',
    keywords: [
      '医保', '医宝', '报销', '报不了', '报不上', '大病', '住院', '新农合', '新农和', '农合', '合作医疗',
      '医疗保险', '医疗', '看病', '看不起病', '医药费', '医疗费', '药费', '慢性病', '慢病', '门诊',
      '卫生院', '卫生室', '村医', '医院', '先诊疗后付费', '一站式结算', '大病保险', '医疗救助',
      '手术', '生病', '透析', '家庭医生', '签约医生', '医保卡', '参保', '医保费', '报销比例', '自付',
      '二次报销', '药', '病',
    ],
    weights: {
      医保: 3, 医宝: 2.5, 报销: 2.5, 大病: 2.5, 住院: 2.5, 新农合: 3, 新农和: 3, 农合: 2.5, 合作医疗: 3,
      医疗保险: 3, 看病: 2, 看不起病: 3, 医药费: 2.5, 医疗费: 2.5, 医疗救助: 3, 医院: 1.5, 病: 1, 药: 0.8,
    },
  },
  {
    code: 'welfare',
    name: '低保救助',
    description: 'Subsistence allowance (低保), 五保/特困 support, temporary relief, disability subsidies.',
    department: 'civil_affairs_bureau',
    keywords: [
      '低保', '低宝', '低保户', '低保金', '五保', '五包', '五保户', '特困', '特困供养', '救助', '临时救助',
      '残疾补贴', '残疾人补贴', '两项补贴', '护理补贴', '残疾证', '残疾', '残疾人', '孤儿', '孤寡老人',
      '留守老人', '敬老院', '养老院', '高龄补贴', '高龄津贴', '吃不上饭', '揭不开锅', '生活困难',
      '无人照顾', '没人照顾', '兜底', '民政', '救灾', '救灾物资', '取消低保', '低保停了', '低保没了', '困难补助',
    ],
    weights: {
      低保: 3, 低宝: 3, 低保户: 3, 低保金: 3, 五保: 3, 五包: 2.5, 五保户: 3, 特困: 2.5, 救助: 2,
      临时救助: 3, 残疾补贴: 3.5, 残疾人补贴: 3.5, 两项补贴: 3, 护理补贴: 3, 残疾证: 2.5, 残疾: 1.5,
      高龄补贴: 3, 吃不上饭: 2.5, 揭不开锅: 2.5, 取消低保: 3,
    },
  },
  {
    code: 'wages',
    name: '欠薪就业',
    description: 'Unpaid wages of migrant workers, employment, public-welfare jobs, social insurance.',
    department: 'hrss_bureau',
    keywords: [
      '工资', '欠薪', '拖欠', '欠工资', '拖欠工资', '讨薪', '要工资', '工钱', '血汗钱', '包工头', '工头',
      '老板跑了', '老板跑路', '跑路', '农民工', '打工', '务工', '工地', '干活', '劳务费', '工程款',
      '就业', '找工作', '公益岗', '公益性岗位', '护林员', '保洁员', '劳动合同', '社保', '养老保险',
      '养老金', '工伤', '结账', '不给结', '不给工钱', '没发工资', '工资没发', '要不到钱', '要不回',
    ],
    weights: {
      工资: 3, 欠薪: 3, 欠工资: 3, 拖欠工资: 3.5, 讨薪: 3, 工钱: 3, 血汗钱: 3, 包工头: 3, 工头: 2.5,
      农民工: 3, 拖欠: 1.5, 打工: 1.5, 干活: 1.5, 工地: 2, 老板跑了: 3, 老板跑路: 3, 跑路: 1.5,
      公益岗: 2.5, 养老金: 2, 养老保险: 2, 没发工资: 3.5, 工资没发: 3.5, 不给工钱: 3.5, 要不回: 1,
      要不到钱: 1.5,
    },
  },
  {
    code: 'poverty_policy',
    name: '帮扶政策',
    description: 'Poverty-alleviation and revitalisation policy: assistance, loans, industry subsidies, monitoring households.',
    department: 'rural_revitalization_bureau',
    keywords: [
      '扶贫', '帮扶', '帮扶干部', '结对帮扶', '贷款', '小额信贷', '扶贫贷款', '贴息', '产业补贴', '产业扶持',
      '产业奖补', '奖补', '防返贫', '返贫', '监测户', '监测对象', '脱贫户', '贫困户', '建档立卡', '精准扶贫',
      '补贴没发', '补贴没到', '补贴', '补助', '到户资金', '扶贫资金', '衔接资金', '分红', '光伏', '光伏分红',
      '扶贫车间', '合作社', '易地搬迁', '易地扶贫搬迁', '搬迁', '雨露计划', '没评上', '评不上', '贫困',
      '两不愁三保障', '驻村工作队', '工作队', '消费帮扶', '种粮补贴', '养殖补贴', '种植补贴', '扶持资金',
    ],
    weights: {
      扶贫: 3, 帮扶: 3, 扶贫贷款: 3.5, 小额信贷: 3, 产业补贴: 3.5, 防返贫: 3.5, 监测户: 3.5, 监测对象: 3,
      脱贫户: 3, 贫困户: 3, 补贴没发: 2.5, 补贴没到: 2.5, 补贴: 1.5, 补助: 1.2, 贷款: 2, 建档立卡: 3,
      分红: 2, 光伏: 2, 易地扶贫搬迁: 3.5, 雨露计划: 3, 贫困: 2, 合作社: 1.5,
    },
  },
  {
    code: 'infrastructure',
    name: '道路水电设施',
    description: 'Roads, street lights, bridges, electricity supply, drainage and other village facilities.',
    department: null,
    keywords: [
      '路', '修路', '道路', '马路', '公路', '水泥路', '硬化', '路面', '坑坑洼洼', '坑洼', '烂路', '泥巴路',
      '土路', '村道', '路烂', '路坏', '路灯', '灯不亮', '桥', '桥梁', '危桥', '小桥', '停电', '断电',
      '没电', '冇电', '老停电', '电压', '电压低', '电压不稳', '电线', '电线杆', '电杆', '变压器', '电网',
      '电表', '排水', '排水沟', '下水道', '水渠', '沟渠', '灌溉', '涵洞', '积水', '网络', '信号',
      '没信号', '宽带', '路上', '全是泥', '出不了门', '没法走', '走不了', '过不去', '通车', '班车', '护栏', '塌方', '路基',
    ],
    weights: {
      路: 2, 修路: 3, 道路: 2.5, 马路: 2.5, 水泥路: 3, 坑坑洼洼: 3, 路灯: 3, 桥: 2.5, 小桥: 2.5, 危桥: 3,
      停电: 3, 断电: 3, 没电: 2.5, 冇电: 2.5, 老停电: 3, 电压: 2.5, 变压器: 2.5, 排水沟: 2.5,
      没法走: 1, 走不了: 1, 路上: 1.2, 全是泥: 1.5, 出不了门: 1, 过不去: 1, 网络: 1, 信号: 1.2,
    },
  },
  {
    code: 'dispute',
    name: '矛盾纠纷',
    description: 'Disputes among villagers: homesteads, land boundaries, contracted land, neighbours, family.',
    department: null,
    keywords: [
      '纠纷', '矛盾', '宅基地', '地界', '邻居', '吵架', '打架', '打人', '土地承包', '承包地', '承包', '土地',
      '占地', '占了我家', '占我家', '界线', '边界', '山林', '林地', '林权', '确权', '流转', '土地流转',
      '分家', '赡养', '不养老人', '家暴', '离婚', '借钱不还', '欠钱', '欠款', '赔偿', '征地', '拆迁',
      '祖坟', '坟', '堵路', '院墙', '围墙', '屋檐滴水', '砍树', '庄稼', '吃了庄稼', '打起来', '动手', '骂人',
      '闹矛盾', '闹翻', '扯皮', '兄弟', '分房子', '地盘', '争地', '抢地', '田埂', '田坎',
    ],
    weights: {
      纠纷: 3, 宅基地: 3, 地界: 3, 邻居: 2, 吵架: 2.5, 打架: 2.5, 土地承包: 3, 承包地: 3, 土地: 2,
      占地: 2, 占了我家: 2.5, 占我家: 2.5, 界线: 2.5, 确权: 2.5, 赡养: 3, 不养老人: 3, 借钱不还: 3,
      打人: 1.5, 争地: 3, 抢地: 3, 闹翻: 2.5, 兄弟: 1, 分房子: 2.5, 承包: 1.5, 征地: 2.5, 拆迁: 2,
    },
  },
  {
    code: 'misconduct',
    name: '干部作风',
    description: "Cadres' misconduct and corruption: embezzlement, favouritism, extortion, violence, dereliction.",
    department: null,
    keywords: [
      // accusations that stand on their own (also MISCONDUCT_STRONG)
      '贪污', '腐败', '贪腐', '受贿', '索贿', '行贿', '优亲厚友', '吃拿卡要', '虚报冒领', '冒领', '截留',
      '挪用', '私吞', '克扣', '好处费', '回扣', '人情保', '关系保', '关系户', '以权谋私', '雁过拔毛', '套取',
      '中饱私囊', '作风', '作风问题', '暗箱操作', '贪了', '吞了', '黑了', '腰包', '拉票', '贿选', '买票',
      // weaker signals: conduct words and the officials themselves
      '不作为', '乱作为', '推诿', '态度恶劣', '态度差', '刁难', '打击报复', '报复', '吃喝', '收钱', '要钱',
      '送礼', '红包', '乱收费', '不公开', '不公平', '殴打', '打人',
      '村干部', '干部', '书记', '村书记', '支书', '村支书', '第一书记', '村主任', '村长', '组长', '队长',
      '村会计', '会计', '乡长', '镇长', '乡干部', '镇干部', '网格员', '包村干部',
    ],
    weights: {
      贪污: 3.5, 腐败: 3.5, 贪腐: 3.5, 受贿: 3.5, 优亲厚友: 4, 吃拿卡要: 4, 虚报冒领: 4, 截留: 3,
      挪用: 3, 克扣: 3, 好处费: 3, 腰包: 3, 拉票: 3, 贿选: 4, 买票: 3, 人情保: 4, 关系保: 4, 作风: 2.5,
      不作为: 1.5, 乱作为: 1.5, 推诿: 1.2, 态度恶劣: 1.2, 态度差: 1,
      // officials alone must not outweigh the actual subject matter
      村干部: 0.5, 干部: 0.3, 书记: 0.5, 村书记: 0.5, 支书: 0.5, 村支书: 0.5, 第一书记: 0.5,
      村主任: 0.5, 村长: 0.5, 组长: 0.3, 队长: 0.3, 村会计: 0.5, 会计: 0.3, 乡长: 0.5, 镇长: 0.5,
      乡干部: 0.5, 镇干部: 0.5, 网格员: 0.3, 包村干部: 0.5,
    },
  },
  {
    code: 'other',
    name: '其他',
    description: 'Anything else: environment, sanitation, household registration, enquiries, suggestions.',
    department: null,
    keywords: [
      '垃圾', '污染', '噪音', '臭', '臭气', '环境', '养猪场', '养殖场', '厕所', '改厕', '户口', '身份证',
      '开证明', '盖章', '咨询', '建议', '表扬', '感谢', '秸秆', '野狗', '狗咬',
    ],
    weights: { 垃圾: 2, 污染: 2, 户口: 2, 咨询: 1, 建议: 1, 表扬: 2, 感谢: 1 },
  },
];

/** People whose accused wrongdoing makes a ticket a misconduct case (routed to 纪委监委). */
export const MISCONDUCT_OFFICIALS: string[] = [
  '村干部', '干部', '书记', '支书', '村主任', '主任', '村长', '组长', '队长', '会计', '乡长', '镇长',
  '网格员', '工作人员', '领导', '所长', '站长', '村委',
];

/** Accusations that make a ticket misconduct even without naming an official. */
export const MISCONDUCT_STRONG: string[] = [
  '贪污', '腐败', '贪腐', '受贿', '索贿', '行贿', '优亲厚友', '吃拿卡要', '虚报冒领', '冒领', '截留',
  '挪用', '私吞', '克扣', '好处费', '回扣', '人情保', '关系保', '以权谋私', '雁过拔毛', '套取', '中饱私囊',
  '暗箱操作', '作风问题', '腰包', '拉票', '贿选', '买票',
];

/** Wrongdoing that only counts as misconduct when an official is mentioned (else it may be a plain dispute). */
export const MISCONDUCT_WITH_OFFICIAL: string[] = [
  '亲戚', '亲属', '家属', '自己家', '自家人', '家里人', '关系户', '小舅子', '打人', '殴打', '动手',
  '把我打', '打伤', '骂人', '辱骂', '收钱', '收了钱', '要钱', '红包', '送礼', '请客', '吃喝', '刁难',
  '威胁', '报复', '私分', '霸占', '侵占', '不公开', '不公平', '态度恶劣', '不作为', '乱作为', '乱收费',
  '贪了', '吞了', '黑了', '扣了', '拿走了', '卡着不', '不给办', '赌博', '公车私用', '作风',
  '关系好', '偷偷', '私自', '只评', '只给', '自己人', '找不到人', '从来不来', '不在岗', '不上班',
];

export const CATEGORY_BY_CODE: Record<CategoryCode, CategoryDef> = Object.fromEntries(
  CATEGORIES.map((c) => [c.code, c]),
) as Record<CategoryCode, CategoryDef>;
