import type { ChangeEntity } from "../../diff/change.js";
import { chineseNumeral } from "../../text/numerals.js";
import type { ChangeWording, NoticeWording } from "../types.js";
import { partLabel } from "../part-label.js";

export const zhChanges: ChangeWording = {
  qualifierSep: " ",
  entity: {
    document: "文件", plan: "方案结构", duty: "值班安排", unit: "单位", person: "人员", role: "岗位", group: "机构",
    external: "外部联系单位", channel: "渠道", category: "类别清单", level: "响应级别", procedure: "工作机制", form: "表单", attachment: "附件", section: "章节", scale: "级别体系", step: "步骤",
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
  subject: (name, noun, tag) => (name ? `${name}${tag ? zhChanges.aside(tag) : ""}` : noun),
  partRef(p) {
    if (p.type === "step") return `第${p.n}步`;
    if (p.type === "item") return `第${p.n}项`;
    return `${zhChanges.partNoun(p)}${zhChanges.quote(partLabel(p, " "))}`;
  },
  partNoun: (p) =>
    ({ step: `第${p.n}步`, item: `类别第${p.n}项`, field: "字段", shift: "班次", roster: "排班", section: "章节" })[p.type],
  at: (subject, ref) => `${subject} ${ref}`,
  entityAdded: (noun, name, detail) => `新增${noun}${name ? `：${name}` : ""}${detail ? zhChanges.aside(detail) : ""}`,
  entityRemoved: (noun, name, detail) => `删除${noun}${name ? `：${name}` : ""}${detail ? zhChanges.aside(detail) : ""}`,
  changed: (subject, label, before, after) => `${subject}：${label} ${before} → ${after}`,
  added: (subject, what, label) => `${subject}：新增${what}${zhChanges.quote(label)}`,
  stale: (subject, field, text, rule) => `注意：${subject}的${field}仍写“${text}”，与修改后的规则（${rule}）不一致，请改为引用该规则`,
  removed: (subject, what, label) => `${subject}：删除${what}${zhChanges.quote(label)}`,
};

const SECTION: Record<ChangeEntity, string> = {
  document: "文件信息", plan: "方案结构", unit: "单位", group: "组织机构", role: "岗位与人员", procedure: "工作机制与程序",
  level: "响应级别", category: "类别清单", channel: "监测与发布渠道", duty: "值班安排", person: "人员及联系方式",
  external: "外部联系单位", form: "表单", attachment: "附件", section: "方案结构", scale: "响应级别", step: "工作机制与程序",
};


export const zhNotice: NoticeWording = {
  title: (f) => `关于修订《${f.title}》的说明`,
  meta: (f) => `（版本 ${f.from} → ${f.to}　${f.date}起施行）`,
  intro: (f) => `《${f.title}》由${f.from}版修订为${f.to}版，自${f.date}起施行。现将修订内容说明如下。`,
  unchanged: "本次修订未改变规则内容。",
  noChanges: "规则内容无变化。",
  summary: (s) => `修订概要：${s}`,
  section: (e, n) => `${chineseNumeral(n)}、${SECTION[e]}`,
  gap: "",
};
