import type { DeadlineT, FrequencyT, LocaleText } from "../types.js";
import { zhProse } from "./prose.js";
import { chineseNumeral } from "../../text/numerals.js";
import { joinOverlapping } from "../../text/overlap.js";
import { zhChanges, zhNotice } from "./changes.js";
import { zhGrammar } from "./grammar.js";
import { zhWords } from "./words.js";
import { zhFigures } from "./figures.js";
import { zhChecks } from "./checks.js";

const VAGUE: Record<string, string> = {
  immediately: "立即",
  "first-moment": "第一时间",
  promptly: "及时",
  quickly: "迅速",
  "when-appropriate": "适时",
  regularly: "定期",
};

function duration(minutes: number, named?: string): string {
  if (named === "half-day") return "半天";
  if (minutes < 60) return `${minutes}分钟`;
  // 24 hours reads as hours (“持续24小时”); whole days from two on.
  if (minutes % 1440 === 0 && minutes >= 2880) return `${minutes / 1440}天`;
  const h = minutes / 60;
  return `${Number.isInteger(h) ? h : h.toFixed(1)}小时`;
}

const PER: Record<string, string> = { day: "每天", week: "每周", month: "每月", year: "每年", shift: "每班" };

/** 12 → 12, 十二 → 12, 两 → 2, 半 → 0.5. */
function zhNumber(s: string): number | undefined {
  if (/^\d/.test(s)) return Number(s);
  if (s === "半") return 0.5;
  const d: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === "十") return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (m) return (m[1] ? (d[m[1]] as number) : 1) * 10 + (m[2] ? (d[m[2]] as number) : 0);
  return s.length === 1 ? d[s] : undefined;
}

/** 1.50 → "1.5", 2.00 → "2". */
function trimZeros(n: number): string {
  return String(Number(n.toFixed(4)));
}

function times(n: number): string {
  return n === 2 ? "两次" : `${chineseNumeral(n)}次`;
}

/**
 * Items in a series, joined by 顿号 — except between titles in 书名号 or quotations, which stand side by
 * side (GB/T 15834-2011 4.5.3.5: 《价格法》《突发事件应对法》, “速报事实”“慎报原因”).
 */
function series(items: readonly string[]): string {
  return items.reduce((out, item, i) => (i === 0 ? item : `${out}${/^[《“]/u.test(item) && /^[《“]/u.test(items[i - 1] as string) ? "" : "、"}${item}`), "");
}

export const zhCN: LocaleText = {
  id: "zh-CN",
  templates: "zh-CN",
  lang: "zh-CN",
  paper: "a4",
  officialLayout: true,
  dutiesAsList: { count: 4, chars: 90 },
  colon: "：",
  comma: "，",
  paren: (s) => `（${s.replace(/（([^（）]*)）/gu, "，$1")}）`,
  abbreviationIntro: (full, short, aside) => `${full}（${aside ? `${aside}，` : ""}以下简称${short}）`,
  namePrefix: "[镇县市省区乡村校院局委部厅所州盟旗街司处科]",
  inTitle: "",
  article: "",
  abbreviationKey: (entries) => `简称说明：${entries.join("；")}。`,
  aside: /^（([^（）\n]{1,80})）/u,
  formTitle: (title) => `《${title}》`,
  formAgain: (title) => `上述${zhWords.FORM_KIND.exec(title)?.[0] ?? "表格"}`,
  citeTitle: (title) => `《${title}》`,
  stepNumbering: "（1）",
  itemNumbering: "1.",
  listStyles: ["（一）", "（1）", "1.", "①"],
  groupAgain: "",
  sameHolders: "上述人员",
  aggregation: "any",
  grammar: zhGrammar,
  checks: zhChecks,
  figures: zhFigures,
  labelSep: "：",
  numberGap: (kind) => (kind === "decimal" ? " " : ""),
  selfName: (title) => `本${/(方案|办法|制度|预案|规定|细则|措施|规程|规范)(?:[（(][^）)]*[）)])?$/u.exec(title)?.[1] ?? "方案"}`,
  // A run-in heading needs a paragraph to run into: before a list or parallel items it stands on its own line.
  sectionDisplay: (level, opensWithText) => (level === 2 || !opensWithText ? "heading" : "runIn"),
  citePart: (number) => number.replace(/[、.．]$/u, ""),
  citeJoin: (parent, part) => `${parent}${part}`,
  checklistTitle: (kind, name) => `${kind === "level" && !name.endsWith("响应") ? `${name}响应` : name}检查单`,
  conditionNumbering: "①",
  conditionSeparator: "",
  words: {},
  number(n) {
    if (n >= 1e8 && Number.isInteger(n / 1e4)) return `${trimZeros(n / 1e8)}亿`;
    if (n >= 1e4 && Number.isInteger(n / 1e3)) return `${trimZeros(n / 1e4)}万`;
    return String(n);
  },
  condition(c) {
    const unit = c.duration ? "" : c.unit;
    switch (c.comparator) {
      case "over":
        return `${c.measure}超过${c.value}${unit}`;
      case "at_least":
        return `${c.measure}达到${c.value}${unit}以上`;
      case "under":
        return `${c.measure}不足${c.value}${unit}`;
      case "at_most":
        return `${c.measure}不超过${c.value}${unit}`;
    }
  },
  criteriaIntro: (mode) => (mode === "all" ? "同时符合下列条件：" : "符合下列情形之一："),
  otherwise: (higher, of) => (higher.length > 0 ? `除${higher.join("、")}以外的其他${of}` : `其他${of}`),
  incident: "事件",
  attachmentLabel: (n) => `附件${n}`,
  levelColumn(key, scale) {
    const words: Record<string, string> = {
      name: scale || "级别", criteria: "分级标准", examples: "典型情形", maps_to: "对应级别", "report.to": "报告对象", "report.within": "报告时限",
      "report.via": "报告方式", notify: "通报对象", "release.by": "发布主体", "release.approve": "审核批准", "release.override": "可直接发布",
      activates: "成立机构", steps: "处置措施",
    };
    return words[key] ?? key;
  },
  attachmentTitle(kind, arg) {
    return ({ levels: `${arg || "响应"}分级标准`, contacts: "应急联络表", checklist: arg, distribution: "发放记录", revisions: "修订记录" } as Record<string, string>)[kind] ?? arg;
  },
  interval(i) {
    const unit = { year: "年", month: "个月", week: "周", day: "天" }[i.unit];
    if (i.n === 1) return { year: "每年", month: "每月", week: "每周", day: "每天" }[i.unit];
    if (i.unit === "month" && i.n === 3) return "每季度";
    if (i.unit === "month" && i.n === 6) return "每半年";
    return `每${i.n === 2 ? "两" : chineseNumeral(i.n)}${unit}`;
  },
  month(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
  },
  // 疫情防控工作办公室 + 办公室主任 → 疫情防控工作办公室主任; a position that names its group already stands alone.
  postIn: (group, position) => (position.includes(group) ? position : joinOverlapping(group, position)),
  headOf: (unit) => `${unit}负责人`,
  prose: zhProse,
  lint: {
    condition: /^(?:[^，。；]{2,20}?(?:之后|以后|后(?![续期来备])|(?<![临及同按准适随定实平届暂])时(?![间限效段候机]))|(?:如|若|如果|一旦|当|凡)[^，。；]{1,30}[，,的])/u,
    dutyVerb: /^负责/u,
  },
  mentions(text) {
    const out: Array<{ text: string; minutes?: number; perDay?: number }> = [];
    for (const m of text.matchAll(/(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:个)?(分钟|小时|天|日|周|个工作日)(?![报志常])/gu)) {
      const n = zhNumber(m[1] as string);
      const unit = { 分钟: 1, 小时: 60, 天: 1440, 日: 1440, 周: 10080, 个工作日: 1440 }[m[2] as string] ?? 0;
      if (n !== undefined && unit > 0) out.push({ text: m[0], minutes: n * unit });
    }
    // 每天3次, 每天至少浏览三次 (a verb between), 每日上午9时前、下午4时前各报告一次 (one a time listed).
    for (const m of text.matchAll(/每(?:天|日)(?:至少)?([^，。；、\d一二两三四五六七八九十]{0,6})(\d+|[一二两三四五六七八九十]+)次/gu)) {
      const n = zhNumber(m[2] as string);
      if (n !== undefined) out.push({ text: m[0], perDay: n });
    }
    for (const m of text.matchAll(/每(?:天|日)([^，。；]{1,30}?)各[^，。；、]{0,6}?一次/gu)) {
      out.push({ text: m[0], perDay: (m[1] as string).split("、").length });
    }
    return out;
  },
  stage: (stage) => ({ issue: "预警发布", act: "预警行动", adjust: "预警调整", lift: "预警解除", activate: "响应启动", operate: "应急处置", deactivate: "响应终止", recover: "后期处置" })[stage] ?? stage,
  runningHeader: (org, version, effective) => `${org}　版本 ${version}　${effective}起施行`,
  changes: zhChanges,
  notice: zhNotice,
  deadline(d: DeadlineT) {
    const usually = d.usually ? "一般" : "";
    if (d.kind === "vague") return `${usually}${d.from ? `${d.from}后` : ""}${VAGUE[d.term]}`;
    return `${usually}在${d.from ?? ""}${duration(d.duration.minutes, d.duration.named)}内`;
  },
  deadlineShort(d: DeadlineT) {
    if (d.kind === "vague") return VAGUE[d.term] as string;
    return `${duration(d.duration.minutes, d.duration.named)}内`;
  },
  frequency(f: FrequencyT) {
    const during = f.during ?? "";
    switch (f.kind) {
      case "continuous":
        return `${during}24小时`;
      case "regularly":
        return `${during}定期`;
      case "per-incident":
        return `${during}每次事件后`;
      case "interval":
        return `${during}每${duration(f.minutes)}`;
      case "times": {
        const per = PER[f.per] as string;
        const count = f.times === 1 && !f.atLeast ? "" : `${f.atLeast ? "至少" : ""}${times(f.times)}`;
        return `${during}${per}${count}`;
      }
    }
  },
  lasting: (minutes) => `持续${duration(minutes)}`,
  frequencyShort(f: FrequencyT) {
    // A checklist's frequency column: 24小时持续, so it never reads as a deadline (24小时内).
    if (f.kind === "continuous") return "24小时持续";
    return zhCN.frequency({ ...f, during: undefined } as FrequencyT);
  },
  date(iso: string) {
    const [y, m, d] = iso.split("-").map(Number);
    return `${y}年${m}月${d}日`;
  },
  list(items) {
    if (items.length <= 1) return items[0] ?? "";
    return `${series(items.slice(0, -1))}和${items[items.length - 1]}`;
  },
  duration,
  times: (at) => at.join("、"),
  subject: (kind) => ({ "public-opinion": "舆情应对", epidemic: "疫情防控", "crisis-comms": "危机沟通" })[kind] ?? "应急处置",
  enumerate: (items) => series(items),
  labels: (items) => series(items),
  refer: (name) => name,
  either(items) {
    if (items.length <= 1) return items[0] ?? "";
    return `${series(items.slice(0, -1))}或${items[items.length - 1]}`;
  },
  recipients(items) {
    if (items.length <= 1) return items[0] ?? "";
    return `${series(items.slice(0, -1))}及${items[items.length - 1]}`;
  },
  actors(items) {
    if (items.length <= 1) return items[0] ?? "";
    return `${items[0]}会同${items.slice(1).join("、")}`;
  },
  clauseSeparator: "；",
  fullStop: "。",
  defaultNumbering(depth) {
    return ["一、", "（一）", "1.", "（1）", "①"][Math.min(depth, 5) - 1] as string;
  },
  headingLevel(style, depth) {
    if (/^一、$/.test(style)) return 2;
    if (/^（一）$/.test(style)) return 3;
    if (/^(1\.|1、|一是|第一，?)$/.test(style)) return 4;
    if (/^(（1）|\(1\)|①)$/.test(style)) return 5;
    return Math.min(depth + 1, 6);
  },
  checkLabel(n) {
    return `第${chineseNumeral(n)}次`;
  },
  allDay: "全天",
  checkChannel(name) {
    return `浏览检查${name}，做好记录`;
  },
  phonePlan: { country: "86", trunk: "0" },
  phoneLabel(kind) {
    return ({ mobile: "手机", office: "办公", duty: "值班", home: "住宅", fax: "传真" } as Record<string, string>)[kind] ?? kind;
  },
};
