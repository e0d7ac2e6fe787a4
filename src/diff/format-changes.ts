import { localeText, type LocaleText } from "../compose/locale/index.js";
import type { Change, ChangeEntity, ChangePart, ChangeValue } from "./change.js";

type Locale = "zh-CN" | "en";

/** The wording of changes in one language. */
type Wording = {
  readonly entity: Readonly<Record<ChangeEntity, string>>;
  /** Field labels; `kind.field` (entity or part type) overrides `field`. */
  readonly fields: Readonly<Record<string, string>>;
  readonly terms: Readonly<Record<string, string>>;
  readonly none: string;
  readonly yes: string;
  readonly no: string;
  /** A name that already says what kind of entity it is needs no tag. */
  readonly tagged: RegExp;
  quote(s: string): string;
  /** A parenthetical after a value: （…） / (…). */
  aside(s: string): string;
  /** The subject of a line; `tag` marks entities whose name alone may be unclear. */
  subject(name: string, noun: string, tag?: string): string;
  /** A part in a "changed" line: 第2步 / step 2. */
  partRef(p: ChangePart): string;
  /** A part that was added or removed: 第3步 / step 3. */
  partNoun(p: ChangePart): string;
  at(subject: string, partRef: string): string;
  entityAdded(noun: string, name: string, detail?: string): string;
  entityRemoved(noun: string, name: string, detail?: string): string;
  changed(subject: string, label: string, before: string, after: string): string;
  added(subject: string, what: string, label: string): string;
  removed(subject: string, what: string, label: string): string;
};

const ZH: Wording = {
  entity: {
    document: "文件", plan: "方案结构", duty: "值班安排", unit: "单位", person: "人员", role: "岗位", group: "机构",
    external: "外部联系单位", channel: "渠道", category: "类别清单", level: "响应级别", procedure: "工作机制", form: "表单", attachment: "附件", section: "章节",
  },
  fields: {
    name: "名称", "person.name": "姓名", title: "标题", "person.title": "职务", subtitle: "副标题", issuer: "发文机关",
    version: "版本", effective_date: "施行日期", date: "成文日期", marks: "标注", kind: "类型", short_name: "简称",
    parent: "上级", unit: "所属单位", "phones.mobile": "手机", "phones.office": "办公电话", "phones.duty": "值班电话",
    "phones.home": "住宅电话", "phones.fax": "传真", email: "电子邮箱", available_24h: "24小时联系", deputy: "替补人员",
    holders: "人员", holders_text: "人员说明", appointment: "任用方式", requirements: "任职条件", duties: "职责",
    reports_to: "报告对象", "training.frequency": "培训频次", "training.topics": "培训内容", host_unit: "设在单位",
    members: "成员", contact: "联系人", url: "网址", address: "地址", when: "联系时机", "step.when": "条件",
    type: "类型", owner: "归属", use: "用途", priority: "优先级", check: "检查频次", admin: "管理者", intro: "说明",
    action: "处置要求", "item.text": "内容", "item.action": "处置要求", rank: "级别序号", criteria: "判定标准",
    report_to: "报告对象", approve_by: "批准", respond_within: "响应时限", procedure: "适用程序", outro: "结语",
    actor: "责任主体", "step.action": "工作内容", to: "报送对象", deadline: "时限", frequency: "频次", approval: "审批",
    record: "记录表单", text: "表述", purpose: "用途", filled_by: "填写人", layout: "版式", rows: "空白行数",
    orientation: "页面方向", sign_off: "签署栏", retention: "保存期限", width: "宽度", options: "选项",
    role: "值班岗位", log_form: "值班记录表", heightened: "加强监测时段", hours: "时间", people: "人员",
  },
  terms: {
    table: "表格", slip: "单页", auto: "自动", portrait: "纵向", landscape: "横向", key: "重点", normal: "一般",
    own: "自有", external: "外部", monitor: "监测", publish: "发布", collect: "收集", text: "文本", "long-text": "长文本",
    url: "网址", date: "日期", time: "时间", datetime: "日期时间", person: "人员", phone: "电话", number: "数字",
    choice: "选择", check: "勾选", signature: "签名",
  },
  none: "（无）",
  yes: "是",
  no: "否",
  tagged: /级/,
  quote: (s) => `「${s}」`,
  aside: (s) => `（${s}）`,
  subject: (name, noun, tag) => (name ? `${name}${tag ? ZH.aside(tag) : ""}` : noun),
  partRef(p) {
    if (p.type === "step") return `第${p.n}步`;
    if (p.type === "item") return `第${p.n}项`;
    return `${ZH.partNoun(p)}${ZH.quote(partLabel(p, " "))}`;
  },
  partNoun: (p) =>
    ({ step: `第${p.n}步`, item: `类别第${p.n}项`, field: "字段", shift: "班次", roster: "排班", section: "章节" })[p.type],
  at: (subject, ref) => `${subject} ${ref}`,
  entityAdded: (noun, name, detail) => `新增${noun}${name ? `：${name}` : ""}${detail ? ZH.aside(detail) : ""}`,
  entityRemoved: (noun, name, detail) => `删除${noun}${name ? `：${name}` : ""}${detail ? ZH.aside(detail) : ""}`,
  changed: (subject, label, before, after) => `${subject}：${label} ${before} → ${after}`,
  added: (subject, what, label) => `${subject}：新增${what}${ZH.quote(label)}`,
  removed: (subject, what, label) => `${subject}：删除${what}${ZH.quote(label)}`,
};

const EN: Wording = {
  entity: {
    document: "Document", plan: "Plan outline", duty: "Duty arrangements", unit: "Unit", person: "Person", role: "Role",
    group: "Group", external: "External body", channel: "Channel", category: "List", level: "Level", procedure: "Procedure",
    form: "Form", attachment: "Attachment", section: "Section",
  },
  fields: {
    name: "name", title: "title", "person.title": "position", subtitle: "subtitle", issuer: "issuer", version: "version",
    effective_date: "effective date", date: "date of issue", marks: "mark", kind: "kind", short_name: "short name",
    parent: "parent", unit: "unit", "phones.mobile": "mobile", "phones.office": "office phone", "phones.duty": "duty phone",
    "phones.home": "home phone", "phones.fax": "fax", email: "e-mail", available_24h: "available 24 h", deputy: "deputy",
    holders: "holders", holders_text: "holders (as text)", appointment: "appointment", requirements: "requirement",
    duties: "duty", reports_to: "reports to", "training.frequency": "training frequency", "training.topics": "training topic",
    host_unit: "host unit", members: "members", contact: "contact", url: "web address", address: "address",
    when: "when to contact", "step.when": "condition", type: "type", owner: "owner", use: "use", priority: "priority",
    check: "check frequency", admin: "administrator", intro: "introduction", action: "action", "item.text": "text",
    rank: "rank", criteria: "criteria", report_to: "report to", approve_by: "approved by", respond_within: "response time",
    procedure: "procedure", outro: "closing text", actor: "actor", to: "to", deadline: "deadline", frequency: "frequency",
    approval: "approval", record: "record", text: "wording", purpose: "purpose", filled_by: "filled in by", layout: "layout",
    rows: "blank rows", orientation: "orientation", sign_off: "sign-off line", retention: "retention", width: "width",
    options: "options", role: "duty role", log_form: "log form", heightened: "heightened period", hours: "hours",
    people: "people",
  },
  terms: { "long-text": "long text", datetime: "date and time", check: "tick box", own: "own", slip: "slip (one per page)" },
  none: "none",
  yes: "yes",
  no: "no",
  tagged: /level/i,
  quote: (s) => `‘${s}’`,
  aside: (s) => ` (${s})`,
  subject: (name, noun, tag) => (name ? `${name}${tag ? EN.aside(tag.toLowerCase()) : ""}` : noun),
  partRef(p) {
    if (p.type === "step" || p.type === "item") return `${p.type} ${p.n}`;
    return `${EN.partNoun(p)} ${EN.quote(partLabel(p, ", "))}`;
  },
  partNoun: (p) => (p.type === "step" || p.type === "item" ? `${p.type} ${p.n}` : p.type === "roster" ? "roster entry" : p.type),
  at: (subject, ref) => `${subject}, ${ref}`,
  entityAdded: (noun, name, detail) => `${noun} added${name ? `: ${name}` : ""}${detail ? EN.aside(detail) : ""}`,
  entityRemoved: (noun, name, detail) => `${noun} removed${name ? `: ${name}` : ""}${detail ? EN.aside(detail) : ""}`,
  changed: (subject, label, before, after) => `${subject}: ${label} ${before} → ${after}`,
  added: (subject, what, label) => `${subject}: ${what} added ${EN.quote(label)}`,
  removed: (subject, what, label) => `${subject}: ${what} removed ${EN.quote(label)}`,
};

function partLabel(p: ChangePart, sep: string): string {
  return p.qualifier ? `${p.label}${sep}${p.qualifier}` : p.label;
}

/** Entity kinds whose names read better with the kind beside them. */
const TAGGED: ReadonlySet<ChangeEntity> = new Set(["level"]);

/**
 * One line per change, in rule terms, in the given language: names as written
 * in the data, deadlines and frequencies worded by the locale.
 */
export function formatChanges(changes: readonly Change[], locale: Locale): string[] {
  const w = locale === "en" ? EN : ZH;
  const t = localeText(locale);
  return changes.map((c) => formatChange(c, w, t));
}

function formatChange(c: Change, w: Wording, t: LocaleText): string {
  const noun = w.entity[c.entity];
  const named = c.entity === "document" ? "" : c.name;
  const tag = TAGGED.has(c.entity) && !w.tagged.test(named) ? noun : undefined;
  const subject = w.subject(named, noun, tag);
  if (c.field) {
    const label = fieldLabel(w, c);
    const where = c.part ? w.at(subject, w.partRef(c.part)) : subject;
    if (c.kind === "added") return w.added(where, label, valueText(c.after, w, t));
    if (c.kind === "removed") return w.removed(where, label, valueText(c.before, w, t));
    const [before, after] = pairText(c.before, c.after, w, t);
    return w.changed(where, label, before, after);
  }
  if (c.part) {
    const label = partLabel(c.part, c.part.type === "roster" && t.id === "en" ? ", " : " ");
    return c.kind === "removed" ? w.removed(subject, w.partNoun(c.part), label) : w.added(subject, w.partNoun(c.part), label);
  }
  const detail = c.kind === "removed" ? c.before : c.after;
  const d = detail ? valueText(detail, w, t) : undefined;
  return c.kind === "removed" ? w.entityRemoved(noun, c.name, d) : w.entityAdded(noun, c.name, d);
}

function fieldLabel(w: Wording, c: Change): string {
  const field = c.field ?? "";
  return w.fields[`${c.part?.type ?? c.entity}.${field}`] ?? w.fields[field] ?? field;
}

/** Both sides of a change; when the short forms of a deadline or frequency agree, the full ones. */
function pairText(b: ChangeValue | undefined, a: ChangeValue | undefined, w: Wording, t: LocaleText): [string, string] {
  const before = valueText(b, w, t);
  const after = valueText(a, w, t);
  if (before !== after || !b || !a) return [before, after];
  return [valueText(b, w, t, true), valueText(a, w, t, true)];
}

function valueText(v: ChangeValue | undefined, w: Wording, t: LocaleText, full = false): string {
  if (!v) return w.none;
  switch (v.type) {
    case "text":
      return v.text;
    case "list":
      return t.labels(v.items);
    case "names":
      return t.enumerate(v.names);
    case "terms":
      return t.enumerate(v.terms.map((x) => w.terms[x] ?? x));
    case "deadline":
      return full ? t.deadline(v.deadline) : t.deadlineShort(v.deadline);
    case "frequency": {
      const f = v.frequency;
      const at = full && f.kind === "times" && f.at.length > 0 ? w.aside(t.enumerate(f.at)) : "";
      return `${t.frequency(f)}${at}`;
    }
    case "date":
      return t.date(v.date);
    case "number":
      return String(v.number);
    case "flag":
      return v.flag ? w.yes : w.no;
  }
}
