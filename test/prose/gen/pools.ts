/**
 * Names and phrases drawn for generated organisations, per language: real-
 * looking units, posts, groups, bodies, people, actions and conditions, as
 * admins write them. The prose lint is about how names combine, so the pools
 * hold the hard cases: groups named after posts (办公室 / 办公室主任), short forms
 * inside other names (领导小组 / 领导小组办公室), bodies as holders, English names
 * that carry their own article.
 */
export type Named = { readonly name: string; readonly short?: string };
export type Action = { readonly text: string; readonly to?: boolean };

export type Pools = {
  readonly orgs: ReadonlyArray<Named & { readonly type: string; readonly place: string }>;
  readonly units: readonly Named[];
  readonly external: ReadonlyArray<Named & { readonly kind: string; readonly when: string }>;
  readonly groups: ReadonlyArray<Named & { readonly kind: string }>;
  readonly formedWhen: readonly string[];
  /** Posts of a group: leader, deputy, member, and posts that share a group's name (办公室主任). */
  readonly leaders: readonly string[];
  readonly deputies: readonly string[];
  readonly members: readonly string[];
  readonly roles: readonly Named[];
  readonly duties: readonly string[];
  readonly people: readonly string[];
  readonly titles: readonly string[];
  readonly holdersText: readonly string[];
  readonly procedures: readonly string[];
  readonly actions: readonly Action[];
  readonly whens: readonly string[];
  readonly froms: readonly string[];
  readonly durings: readonly string[];
  readonly forms: ReadonlyArray<{ readonly title: string; readonly fields: readonly string[] }>;
  readonly levels: Readonly<Record<"event" | "response" | "warning" | "phase" | "tier" | "category", { readonly names: readonly string[]; readonly of: string; readonly scale: string }>>;
  readonly labelSets: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }>;
  readonly criteria: readonly string[];
  readonly measures: ReadonlyArray<{ readonly measure: string; readonly unit: string }>;
  readonly basis: readonly string[];
  readonly sections: readonly string[];
  readonly texts: readonly string[];
  readonly channels: readonly string[];
  readonly category: { readonly name: string; readonly items: readonly string[]; readonly action: string };
  readonly titleOf: (org: string) => string;
  readonly trainings: readonly string[];
  readonly days: readonly string[];
  readonly shifts: readonly [string, string];
};

export const ZH: Pools = {
  orgs: [
    { name: "青山镇", short: "我镇", type: "town", place: "青山" },
    { name: "临江市第一中学", short: "学校", type: "school", place: "临江" },
    { name: "东湖区人民医院", short: "我院", type: "hospital", place: "东湖" },
    { name: "云溪职业技术学院", short: "学院", type: "university", place: "云溪" },
    { name: "石门监狱", type: "prison", place: "石门" },
    { name: "南屿供水集团有限公司", short: "公司", type: "company", place: "南屿" },
    { name: "北川县市场监督管理局", short: "县市场监管局", type: "bureau", place: "北川" },
    { name: "西岭街道办事处", short: "街道", type: "town", place: "西岭" },
  ],
  units: [
    { name: "党政办公室", short: "党政办" },
    { name: "党委宣传部", short: "宣传部" },
    { name: "办公室" },
    { name: "综合治理中心", short: "综治中心" },
    { name: "信息化管理科", short: "信息科" },
    { name: "宣传科" },
    { name: "保卫处" },
    { name: "学生工作处", short: "学工处" },
    { name: "医务科" },
    { name: "护理部" },
    { name: "证券部" },
    { name: "社会事务办公室", short: "社会事务办" },
    { name: "便民服务中心" },
    { name: "总务处" },
    { name: "教务处" },
    { name: "价格监测科" },
  ],
  external: [
    { name: "县委网信办", kind: "authority", when: "发生较大以上舆情时报告" },
    { name: "县公安局网络安全保卫大队", short: "县网安大队", kind: "police", when: "发现违法有害信息时依法移送" },
    { name: "县委宣传部", kind: "authority", when: "需要统一发布口径时沟通" },
    { name: "市卫生健康委员会", short: "市卫健委", kind: "health", when: "发生聚集性疫情时报告" },
    { name: "区疾病预防控制中心", short: "区疾控中心", kind: "health", when: "发现疑似病例时报告" },
    { name: "市发展和改革委员会", short: "市发改委", kind: "authority", when: "价格异常波动时报告" },
    { name: "县教育局", kind: "education", when: "涉及师生安全时报告" },
    { name: "新闻媒体", kind: "media", when: "需要发布权威信息时联系" },
  ],
  groups: [
    { name: "网络舆情应对工作领导小组", short: "领导小组", kind: "leading-group" },
    { name: "领导小组办公室", short: "办公室", kind: "office" },
    { name: "舆情应对工作专班", short: "专班", kind: "working-group" },
    { name: "应急指挥部", short: "指挥部", kind: "leading-group" },
    { name: "新闻发布组", kind: "cell" },
    { name: "舆情监测组", kind: "cell" },
    { name: "现场处置组", kind: "cell" },
    { name: "专家组", kind: "expert-panel" },
    { name: "疫情防控工作办公室", short: "防控办", kind: "office" },
    { name: "综合协调组", kind: "cell" },
  ],
  formedWhen: ["发生重大网络舆情后", "接到上级指令后", "出现聚集性疫情时"],
  leaders: ["组长", "指挥长", "总指挥", "专班组长"],
  deputies: ["副组长", "副指挥长"],
  members: ["成员", "办公室主任", "联络员"],
  roles: [
    { name: "新闻发言人" },
    { name: "网络信息员" },
    { name: "网络评论员" },
    { name: "舆情监测员" },
    { name: "网络管理员" },
    { name: "值班员" },
    { name: "法律顾问" },
    { name: "信息员" },
    { name: "校医" },
    { name: "班主任" },
    { name: "消毒负责人" },
    { name: "网络舆情监控信息员", short: "信息员" },
  ],
  duties: [
    "统一领导本单位网络舆情应对工作",
    "研判重大舆情，审定处置措施和对外口径",
    "收集、整理、报送涉及本单位的网络舆情",
    "根据舆情发展趋势开展正面引导",
    "协调各部门做好舆情处置工作",
    "按照统一口径对外发布信息、回应关切",
    "做好值班记录和交接班工作",
    "为舆情研判和处置提供法律意见",
  ],
  people: ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周涛", "吴霞", "徐明", "孙丽", "马超", "朱红", "胡军", "郭强", "何静", "高远", "林峰", "罗娟"],
  titles: ["党委书记", "镇长", "副镇长", "宣传委员", "党政办主任", "校长", "副校长", "院长", "副院长", "局长", "副局长", "科长", "干事", "科员", "办公室主任", "宣传部部长"],
  holdersText: ["各部门主要负责人", "各科室指定的一名工作人员", "各班班主任", "各村（社区）宣传委员"],
  procedures: ["日常监测机制", "快速报告机制", "研判处置机制", "信息发布机制", "应急处置流程", "善后处置程序", "舆情引导机制", "资料归档制度"],
  actions: [
    { text: "浏览重点网站和论坛，登记涉及本单位的信息" },
    { text: "核实情况，研判事件性质" },
    { text: "报告", to: true },
    { text: "报送初步研判意见", to: true },
    { text: "通报处置进展", to: true },
    { text: "依法移送", to: true },
    { text: "与{to}取得联系", to: true },
    { text: "组织召开研判会议，确定处置措施" },
    { text: "拟定回应口径和发布方案" },
    { text: "通过官方网站和微信公众号发布权威信息" },
    { text: "跟踪舆情发展动态" },
    { text: "收集整理处置材料并归档" },
    { text: "开展正面引导" },
    { text: "适时开展正面引导" },
    { text: "总结处置情况，查找问题不足" },
  ],
  whens: ["发现涉及本单位的负面舆情后", "接到舆情报告后", "经核实情况属实的", "舆情平息后", "对恶意造谣、侵权违法的", "需要多部门联动处置的"],
  froms: ["接到报告", "发现舆情", "收到舆情联系单"],
  durings: ["工作时间", "节假日", "特殊时期"],
  forms: [
    { title: "网络舆情登记表", fields: ["发现时间", "来源网站", "舆情内容", "处置情况"] },
    { title: "舆情信息报告单", fields: ["报告时间", "报告人", "舆情摘要", "初步研判"] },
    { title: "舆情值班记录表", fields: ["日期", "班次", "值班人", "巡查情况"] },
    { title: "信息发布审批单", fields: ["发布内容", "发布渠道", "审核意见"] },
    { title: "舆情处置记录表", fields: ["时间", "处置措施", "责任人", "结果"] },
  ],
  levels: {
    event: { names: ["特别重大舆情", "重大舆情", "较大舆情", "一般舆情"], of: "舆情", scale: "舆情级别" },
    response: { names: ["一级响应", "二级响应", "三级响应", "四级响应"], of: "舆情", scale: "响应级别" },
    warning: { names: ["红色预警", "橙色预警", "黄色预警", "蓝色预警"], of: "舆情", scale: "预警级别" },
    phase: { names: ["应急处置阶段", "持续关注阶段", "恢复阶段"], of: "事件", scale: "处置阶段" },
    tier: { names: ["市级", "县级", "乡镇级"], of: "事件", scale: "处置层级" },
    category: { names: ["紧急类", "重要类", "一般类"], of: "舆情", scale: "舆情类别" },
  },
  labelSets: [
    { name: "事件级别", values: ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅳ级"] },
    { name: "标示颜色", values: ["红色", "橙色", "黄色", "蓝色"] },
  ],
  criteria: ["引起主流媒体关注，可能严重影响本单位声誉的舆情", "在本地论坛、微信群传播较快、关注度持续上升的舆情", "个别网民反映的具体问题，传播范围小、影响有限的舆情", "涉及人员伤亡或群体性事件的舆情"],
  measures: [{ measure: "转发量", unit: "次" }, { measure: "评论数", unit: "条" }, { measure: "涉及人数", unit: "人" }],
  basis: ["中华人民共和国网络安全法", "中华人民共和国突发事件应对法", "互联网信息服务管理办法", "突发事件应急预案管理办法", "网络信息内容生态治理规定"],
  sections: ["总则", "工作原则", "组织领导", "职责分工", "工作机制", "分级响应", "处置流程", "工作要求", "保障措施", "附则"],
  texts: ["为及时、妥善应对涉及本单位的网络舆情，维护本单位声誉和正常工作秩序，制定本方案。", "坚持统一领导、分级负责、快速反应、依法处置。", "各部门要高度重视，密切配合，确保各项措施落到实处。", "本方案自印发之日起施行。"],
  channels: ["本单位官方网站", "本单位微信公众号", "微博、抖音等社交平台", "本地论坛"],
  category: { name: "有害信息", items: ["煽动抗拒、破坏宪法和法律实施的", "捏造或者歪曲事实，散布谣言，扰乱社会秩序的", "公然侮辱他人或者捏造事实诽谤他人的"], action: "及时截图留存并报告" },
  titleOf: (org) => `${org}网络舆情应对处置方案`,
  trainings: ["舆情应对", "新闻发布"],
  days: ["周一至周五", "周六、周日"],
  shifts: ["白班", "夜班"],
};
