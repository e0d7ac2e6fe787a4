import type { ImportWords } from "../import-words.js";

/** Common surnames (single, then double): a name is a surname and one or two more characters. */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
const DOUBLE = "欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|尉迟|长孙|夏侯|公孙|司徒|独孤|南宫|西门|端木";
/** Characters a body's name ends with, so a name-like string ending so is not a person. */
const BODY_END = "部处室办局委会组院科馆所队站台社厅校司团区县市省镇乡村";

const LEVEL_RANKS: ReadonlyArray<readonly [RegExp, number]> = [
  [/特别重大|特大|Ⅰ级|一级|红色/u, 1],
  [/较大|Ⅲ级|三级|黄色/u, 3],
  [/重大|Ⅱ级|二级|橙色|紧急/u, 2],
  [/一般|较小|Ⅳ级|四级|蓝色/u, 4],
];

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 };

function count(word: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  if (word in DIGIT) return DIGIT[word];
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/u.exec(word);
  if (m) return (m[1] ? (DIGIT[m[1]] as number) : 1) * 10 + (m[2] ? (DIGIT[m[2]] as number) : 0);
  return undefined;
}

export const zhImport: ImportWords = {
  columns: {
    name: /^(?:姓名|联络员|备用联络人|值班人(?:员)?|负责人|联系人|人员|带班领导|值班领导)$/u,
    post: /^(?:岗位|职务|角色|组内职务|职责岗位)$/u,
    title: /^(?:单位\/职务|职务\/单位|职务（单位）|单位及职务|职称|所在单位及职务)$/u,
    unit: /^(?:单位|部门|科室|成员单位|处室|单位名称|机构|机构名称)$/u,
    when: /何时联系|联系时机|联系事项|备注/u,
    level: /^(?:事件级别|预警级别|响应级别|级别|等级|舆情级别|类别|分级)$/u,
    criteria: /分级标准|标准|情形|判定|条件/u,
    reportTo: /报告对象|报送对象/u,
    reportWithin: /报告时限|时限/u,
    phones: [
      [/手机|移动电话/u, "mobile"],
      [/值班/u, "duty"],
      [/传真/u, "fax"],
      [/住宅|家庭/u, "home"],
      [/办公|固定电话|座机/u, "office"],
      [/电话|联系方式/u, "office"],
    ],
  },
  personName: new RegExp(`^(?:(?:${DOUBLE})[\\u4e00-\\u9fa5]{1,2}|[${SURNAMES}][\\u4e00-\\u9fa5]{1,2})$`, "u"),
  orgName: new RegExp(`[\\u4e00-\\u9fa5]{1,30}(?:[${BODY_END}]|中心|办公室|学院|公司|集团|支队|大队|分局|委员会|指挥部)$`, "u"),
  outsideBody: /公安|网信|派出所|卫生院|疾病预防控制|疾控|教育局|人民政府|市委|县委|区委|省委|宣传处|报社|日报|电视台|广播|媒体|法院|检察院|消防|上级|省|^市|^县|^区|新闻中心|专家/u,
  levelName: /^(?:(?:特别重大|重大|较大|一般|较小|紧急|严重)(?:（[ⅠⅡⅢⅣⅤ]级）)?(?:网络)?(?:舆情|事件|突发事件|类)?|[一二三四五]级(?:预警|响应|舆情|事件)?|[ⅠⅡⅢⅣⅤ]级(?:预警|响应|舆情|事件)?|(?:红色|橙色|黄色|蓝色)(?:预警)?|[\u4e00-\u9fa5]{1,4}类(?:舆情|事件)?)(?:（[^（）]{1,8}）)?$/u,
  severity(name) {
    for (const [re, rank] of LEVEL_RANKS) if (re.test(name)) return rank;
    return undefined;
  },
  formTitle: /《([^《》\n]{2,40}?(?:表|单|卡|簿|册|台账|记录|日志|清单))》/gu,
  attachmentMark: /^附\s*件\s*([0-9０-９一二三四五六七八九十]{0,3})\s*[：:]?$/u,
  attachmentList: /^附\s*件[：:]\s*(.*)$/u,
  groupFormed: /成立(?:了)?([^，。；、（“”]{2,40}?(?:领导小组|工作小组|小组|指挥部|委员会|工作组|专班|中心))(?:（以下简称“?([^）”]{1,12})”?）)?/u,
  groupPosts: [
    { word: /^(?:组长|总指挥|主任|指挥长)$/u, name: "组长" },
    { word: /^(?:副组长|副总指挥|副主任|副指挥长)$/u, name: "副组长" },
    { word: /^(?:成员|组员|委员)$/u, name: "成员" },
  ],
  hostUnit: /(?:办公室|日常工作)?(?:设在|由)([^，。；（]{2,20}?)(?:承担|负责|内)?(?=[，。；]|$)/u,
  deadlineSynonyms: { 立刻: "immediately", 马上: "immediately", 即时: "immediately", 快速: "quickly", 尽快: "quickly", 按时: "promptly" },
  within: /(?:在|于)?(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:个)?(分钟|小时|天|日|个工作日|工作日)(?:之内|内|以内)/u,
  unitMinutes: (w) => ({ 分钟: 1, 小时: 60, 天: 1440, 日: 1440, 个工作日: 1440, 工作日: 1440 })[w],
  frequencies: [
    [/每(?:天|日)(?:至少)?(\d+|[一二两三四五六七八九十]+)次/u, (m) => countPer(m[1], "day")],
    [/每周(?:至少)?(\d+|[一二两三四五六七八九十]+)次/u, (m) => countPer(m[1], "week")],
    [/每月(?:至少)?(\d+|[一二两三四五六七八九十]+)次/u, (m) => countPer(m[1], "month")],
    [/24小时(?:在线|值班|监控|监测|不间断|值守)|全天候|全网全时/u, () => "continuous"],
    [/每(?:天|日)(?!\d|[一二两三四五六七八九十]+次)/u, () => "daily"],
    [/每周(?!\d|[一二两三四五六七八九十]+次)/u, () => "weekly"],
    [/定期/u, () => "regularly"],
  ],
  count,
  report: /^(报告|汇报|报送|通报|上报|反映|报批|请示|呈报|移交|转交|送交)/u,
  docNumber: /[\u4e00-\u9fa5]{1,12}[〔［\[【(（]\d{4}[〕］\]】)）]\s*\d{1,4}\s*号/u,
  status: /^[（(](征求意见稿|试行|暂行|送审稿|讨论稿|草案|稿)[）)]$/u,
  version: /版本\s*([0-9][0-9A-Za-z.]*)/u,
  effective: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?(?:施行|实施|执行|生效)/u,
  dateLine: /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/u,
  date(text) {
    const m = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/u.exec(text);
    if (!m) return undefined;
    const y = /^\d+$/.test(m[1] as string) ? Number(m[1]) : Number([...(m[1] as string)].map((c) => DIGIT[c] ?? 0).join(""));
    const mo = count(m[2] as string);
    const d = count(m[3] as string);
    return iso(y, mo, d);
  },
  kindOf: [
    [/疫情|传染病|卫生/u, "epidemic"],
    [/舆情|网络/u, "public-opinion"],
    [/新闻发布|信息发布|危机/u, "crisis-comms"],
  ],
  untitled: "（待定标题）",
};

function countPer(word: string | undefined, per: string): string | undefined {
  const n = count(word ?? "");
  return n !== undefined && Number.isInteger(n) && n > 0 ? (n === 1 ? (per === "day" ? "daily" : per === "week" ? "weekly" : "monthly") : `${n}/${per}`) : undefined;
}

export function iso(y: number | undefined, m: number | undefined, d: number | undefined): string | undefined {
  if (!y || !m || !d || m > 12 || d > 31 || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  const s = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s ? s : undefined;
}
