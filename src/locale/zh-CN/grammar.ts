import type { Clause, Grammar, StepParts } from "../types.js";
import { zhWords } from "./words.js";

/**
 * How Chinese sentences are put together from rule parts. A recipient takes
 * the frame its verb asks for — 向X报告, 与X取得联系, 联系X, 移送X处理 — found from
 * the verb the action starts with (after adverbs such as 依法, 及时), or written
 * into the action as {to}. A deadline word the action already says is not said
 * again; a deadline adverb goes after a lead such as 根据事件进展情况, before the verb.
 */

const { ADVERBS, WITH, DIRECT, LEAD, LEAD_END, SAYS, APPROVE, BODY, FORM_KIND } = zhWords;

function withRecipient(action: string, to: string): string {
  if (!to) return action.replace(/\{to\}/g, "");
  if (action.includes("{to}")) return action.replace(/\{to\}/g, to);
  const adverb = ADVERBS.exec(action)?.[0] ?? "";
  const rest = action.slice(adverb.length);
  if (WITH.test(rest)) return `${adverb}与${to}${rest}`;
  const direct = DIRECT.exec(rest)?.[0];
  if (direct) return `${adverb}${direct}${to}${rest.slice(direct.length)}`;
  return `${adverb}向${to}${rest}`;
}

/** Tidies punctuation where optional parts met: 。， ，， ；。 and a comma before a full stop. */
function tidy(text: string): string {
  return text
    .replace(/[，、；：]+(?=[。；！？])/gu, "")
    .replace(/。[，、；]/gu, "。")
    .replace(/([，；])\1+/gu, "$1")
    .replace(/^[，；、]+/u, "");
}

/**
 * A modal that opens a verb phrase (要及时备份, 应立即报告, 必须分开使用): a
 * checklist row is the action itself, so it drops it. 应急, 应对, 要求, 要点 … are words, not modals.
 */
const MODAL = /^(?:要(?![求点素害闻事案件])|必须|须(?![知])|应当|需要|应(?=及时|立即|迅速|尽快|在|按|严格|认真|主动|第一时间|加强|做好|定期|同时|向|与|将|把|对|于))/u;

/** A row's action: without a leading modal (after any adverb such as 及时). */
function actionOnly(action: string): string {
  return action.replace(MODAL, "");
}

/** The deadline, unless the action's own verb phrase already says it (适时 … 选择合适的时机); a later clause (能解决的及时解决) does not count. */
function deadlineOf(p: StepParts): string {
  if (!p.deadline) return "";
  const says = p.vague ? SAYS[p.vague] : undefined;
  const [first = "", second = ""] = p.action.split("，");
  if (says && (says.test(first) || (LEAD.test(first) && says.test(second)))) return "";
  return `${p.usually ? "一般" : ""}${p.deadline}`;
}

/**
 * A vague deadline is an adverb: after a lead that says on what basis (根据事件进展情况),
 * before the verb (根据事件进展情况适时采取应对措施). Anything else opens the predicate.
 */
function placeAdverb(adverb: string, action: string, vague: boolean): string {
  if (!adverb) return action;
  if (vague && LEAD.test(action)) {
    const end = LEAD_END.exec(action);
    if (end) {
      const at = end.index + end[0].length;
      return `${action.slice(0, at)}${adverb}${action.slice(at)}`;
    }
  }
  return `${adverb}${action}`;
}

function approvalHead(p: StepParts): string {
  return p.approval ? `经${p.approval}${APPROVE[p.approvalVerb] ?? "批准"}后` : "";
}

function stepClause(p: StepParts): Clause {
  const head = [p.when, approvalHead(p)].filter(Boolean).join("，");
  const action = withRecipient(p.action, p.to);
  const deadline = deadlineOf(p);
  const adverbs = `${p.frequency}${deadline}`;
  const predicate = placeAdverb(adverbs, action, !!p.vague && !p.frequency);
  const named = p.record && !p.action.includes(p.record);
  // A form already named in the article is referred back to by its kind: 并填写上述登记表.
  const form = p.recordNamed ? `上述${FORM_KIND.exec(p.record.replace(/[《》]/gu, ""))?.[0] ?? "表格"}` : p.record;
  return { head, subject: p.actor, predicate: tidy(`${predicate}${named ? `，并填写${form}` : ""}`) };
}

/** Clauses of one subject as one: 价格监测科每天……，每周…… (a semicolon when the predicates have commas of their own). */
function runClause(clauses: readonly Clause[]): Clause {
  const [first, ...rest] = clauses;
  if (!first) return { head: "", subject: "", predicate: "" };
  if (rest.length === 0) return first;
  const sep = clauses.some((c) => c.predicate.includes("，")) ? "；" : "，";
  return { ...first, predicate: [first.predicate, ...rest.map((c) => c.predicate)].join(sep) };
}

function realise(c: Clause): string {
  return tidy(`${c.head ? `${c.head}，` : ""}${c.subject}${c.predicate}`);
}

/** A checklist row: no actor (it has its column); the condition ends with a colon. */
function stepShort(p: StepParts): string {
  const head = `${p.when ? `${p.when}：` : ""}${p.approval ? `${approvalHead(p)}，` : ""}`;
  const record = p.record && !p.action.includes(p.record) ? `（填写${p.record}）` : "";
  return tidy(`${head}${withRecipient(actionOnly(p.action), p.to)}${record}`);
}

const DUTY_VERB = /^(?:负责|承担|主管|分管)/u;

function sentence(clauseText: string): string {
  const t = tidy(clauseText).replace(/[，、；：\s]+$/u, "");
  return t && !/[。！？]$/u.test(t) ? `${t}。` : t;
}

/** What happens to levels of one kind: 发生重大舆情, 发布蓝色或黄色预警, 启动一级响应. */
function levelEvent(labels: readonly string[], kind: string): string {
  const all = labels.join("");
  const either = labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join("、")}或${labels[labels.length - 1]}`;
  if (labels.every((l) => /响应$/u.test(l))) return `启动${either}`;
  if (labels.every((l) => /预警$/u.test(l))) return `发布${either}`;
  if (kind === "response" && /级$/u.test(all)) return `启动${either}响应`;
  if (kind === "warning" && /(?:级|色)$/u.test(all)) return `发布${either}预警`;
  return `发生${either}`;
}

/** When a level applies: the verb follows what the level grades — 发生重大舆情时, 发布蓝色预警时, 启动一级响应或发布红色预警时. */
function whenLevels(levels: ReadonlyArray<{ readonly label: string; readonly kind: string }>): string {
  const kinds = [...new Set(levels.map((l) => l.kind))];
  const events = kinds.map((k) => levelEvent(levels.filter((l) => l.kind === k).map((l) => l.label), k));
  return events.length === 0 ? "" : `${events.join("或")}时`;
}

export const zhGrammar: Grammar = {
  step: (p) => realise(stepClause(p)),
  stepClause,
  stepShort,
  row: {
    report: (p) => tidy(`${withRecipient("报告", p.to)}${p.via ? `（报送${p.via}）` : ""}`),
    notify: (who) => `通报${who}`,
    activate: (group) => `成立${group}`,
    decide: () => "研究决定应对措施",
    approve: () => "审核批准对外发布的信息",
    release: () => "对外发布信息",
  },
  realise,
  run(clauses) {
    return clauses.length === 0 ? "" : realise(runClause(clauses));
  },
  runClause,
  phrase: realise,
  prose: (runs) => (runs.length === 0 ? [] : [sentence(runs.join("；"))]),
  again: (c) => c,
  procedureApplies: (name) => `按照${name}${/(?:程序|流程|办法|机制|方案|预案|制度|规定|规程|细则)$/u.test(name) ? "" : "程序"}执行`,
  headCarries: (head) => /(?:后|时|以后|之后)$/u.test(head),
  // A condition that opens with the subject just named drops it: 部门负责人审核……；审核通过后，……
  elide: (head, subject) => (subject && head.startsWith(subject) && head.length > subject.length ? head.slice(subject.length) : head),
  duties(subject, duties) {
    if (duties.length === 0) return "";
    const first = duties[0] as string;
    return tidy(`${subject}${DUTY_VERB.test(first) ? "" : "负责"}${duties.join("；")}`);
  },
  dutiesIntro: (subject) => `${subject}的主要职责：`,
  sentence,
  runInItem: (item) => item,
  listItem: (text, last) => `${tidy(text).replace(/[。；，、\s]+$/u, "")}${last ? "。" : "；"}`,
  tidy,
  atLevel: (label, kind) => whenLevels([{ label, kind }]),
  whenLevels,
  report: (p) => ({ head: "", subject: p.actor ?? "", predicate: tidy(`应${p.deadline}${withRecipient("报告", p.to)}${p.via ? `，报送${p.via}` : ""}`) }),
  notify: (who) => ({ head: "", subject: "", predicate: `同时通报${who}` }),
  activate: (groups, when, _many) => ({ head: when, subject: "", predicate: `立即成立${groups}` }),
  override: (who) => ({ head: "必要时", subject: who, predicate: "可直接发布" }),
  release(p) {
    const parts: string[] = [];
    const when = p.within ? `，${p.within}发布` : "发布";
    if (p.by) parts.push(`信息发布由${p.by}负责${p.approve ? `，经${p.approve}${p.approveWithin ?? ""}审核批准后${p.within ? when : "发布"}` : p.within ? `，${p.within}发布首条信息` : ""}`);
    else if (p.approve) parts.push(`对外发布的信息须经${p.approve}审核批准`);
    return tidy(parts.join("；"));
  },
  // People 任 a post; a body is the unit that takes it on (县委网信办为组长单位).
  members(list) {
    const body = (m: (typeof list)[number]) => m.bodies || (m.fromText && BODY.test(m.who));
    const people = list.filter((m) => m.who && !body(m)).map((m) => `${m.who}任${m.position}`);
    // A body that takes on several posts is named once: 县委网信办为组长单位、联络员单位.
    const posts = new Map<string, string[]>();
    for (const m of list.filter((x) => x.who && body(x))) {
      const taken = posts.get(m.who) ?? [];
      if (!taken.includes(m.position)) taken.push(m.position);
      posts.set(m.who, taken);
    }
    const bodies = [...posts].map(([who, positions]) => `${who}为${positions.map((x) => `${x}单位`).join("、")}`);
    return sentence([people.length > 0 ? `由${people.join("，")}` : "", ...bodies].filter(Boolean).join("；"));
  },
  decide: (who, within) => `应对措施由${who}${within ?? ""}决定`,
  // 担任 takes people; a body takes on the post's duties (由各区县发展和改革局承担).
  holders: (role, holders, bodies, fromText) => `${role}由${holders}${bodies || (fromText && BODY.test(holders)) ? "承担" : "担任"}`,
  concurrently: (role, by) => `${role}由${by}兼任`,
  delegation: (role, chain) => `${role}不在时，依次由${chain.join("、")}代行其职责`,
  reportsTo: (to) => `向${to}报告`,
  role(p) {
    const who = p.appointment || (p.heldBy ? `${p.name}由${p.heldBy}兼任` : p.holders ? zhGrammar.holders(p.name, p.holders, p.holdersAreBodies, p.holdersFromText) : p.name);
    const parts = [who];
    if (p.duties.length > 0) parts.push(`${DUTY_VERB.test(p.duties[0] as string) ? "" : "负责"}${p.duties.join("；")}`);
    if (p.reportsTo) parts.push(`向${p.reportsTo}报告`);
    let text = parts.join("，");
    if (p.training) text += `；${p.trainingFrequency}开展${p.training}培训`;
    const out = [sentence(text)];
    if (p.delegation.length > 0) out.push(sentence(`${p.subject}不在时，依次由${p.delegation.join("、")}代行其职责`));
    return out;
  },
};
