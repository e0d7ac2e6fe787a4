import type { Grammar, StepParts } from "../types.js";

/**
 * How Chinese sentences are put together from rule parts. A recipient takes
 * the frame its verb asks for — 向X报告, 与X取得联系, 联系X, 移送X处理 — found from
 * the verb the action starts with (after adverbs such as 依法, 及时), or written
 * into the action as {to}.
 */

const ADVERBS = /^(?:依法|及时|立即|迅速|同时|主动|按规定|按程序|按要求|逐级|第一时间|统一|必要时|适时|定期|分别|会同|共同|再次|尽快)+/u;
/** Verbs whose recipient is introduced by 与: 与X取得联系. */
const WITH = /^(?:取得联系|保持联系|联系沟通|沟通|协商|会商|对接|联动|配合|衔接|商定|研究)/u;
/** Verbs that take the recipient as their object: 联系X, 通知X, 移送X处理. */
const DIRECT = /^(?:联系|通知|告知|提醒|约谈|通报|移送|移交|转交|送交|抄送|抄报|转告|请示|邀请|协调|督促|指导|组织|召集|答复|回复)/u;

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

/** A step as running text, or — for a checklist row, whose other columns hold the actor and the deadline — without them. */
function clause(p: StepParts, full: boolean): string {
  const head = `${p.when ? `${p.when}${full ? "，" : "："}` : ""}${p.approval ? `经${p.approval}批准后，` : ""}`;
  const body = full ? `${p.actor}${p.frequency}${p.deadline}${withRecipient(p.action, p.to)}` : withRecipient(actionOnly(p.action), p.to);
  const record = p.record ? (full ? `，并填写${p.record}` : `（填写${p.record}）`) : "";
  return tidy(`${head}${body}${record}`);
}

const DUTY_VERB = /^(?:负责|承担|主管|分管)/u;

export const zhGrammar: Grammar = {
  step: (p) => clause(p, true),
  stepShort: (p) => clause(p, false),
  row: {
    report: (p) => tidy(`${withRecipient("报告", p.to)}${p.via ? `（报送${p.via}）` : ""}`),
    notify: (who) => `通报${who}`,
    activate: (group) => `成立${group}`,
    decide: () => "研究决定应对措施",
    approve: () => "审核批准对外发布的信息",
    release: () => "对外发布信息",
  },
  duties(subject, duties) {
    if (duties.length === 0) return "";
    const first = duties[0] as string;
    return tidy(`${subject}${DUTY_VERB.test(first) ? "" : "负责"}${duties.join("；")}`);
  },
  dutiesIntro: (subject) => `${subject}的主要职责：`,
  sentence: (clauseText) => {
    const t = tidy(clauseText).replace(/[，、；：\s]+$/u, "");
    return t && !/[。！？]$/u.test(t) ? `${t}。` : t;
  },
  listItem: (text, last) => `${tidy(text).replace(/[。；，、\s]+$/u, "")}${last ? "。" : "；"}`,
  tidy,
  atLevel: (level) => `发生${level}时`,
  whenLevels: (levels) => `发生${levels}时`,
  report: (p) => tidy(`${p.actor ? `${p.actor}应` : "应"}${p.deadline}${withRecipient("报告", p.to)}${p.via ? `，报送${p.via}` : ""}`),
  notify: (who) => `同时通报${who}`,
  activate: (groups, when) => `${when ? `${when}，` : ""}立即成立${groups}`,
  release(p) {
    const parts: string[] = [];
    const when = p.within ? `，${p.within}发布` : "发布";
    if (p.by) parts.push(`信息发布由${p.by}负责${p.approve ? `，经${p.approve}${p.approveWithin ?? ""}审核批准后${p.within ? when : "发布"}` : p.within ? `，${p.within}发布首条信息` : ""}`);
    else if (p.approve) parts.push(`对外发布的信息须经${p.approve}审核批准`);
    if (p.override) parts.push(`必要时，${p.override}可直接发布`);
    return tidy(parts.join("；"));
  },
  decide: (who, within) => `应对措施由${who}${within ?? ""}决定`,
  holders: (role, holders) => `${role}由${holders}担任`,
  concurrently: (role, by) => `${role}由${by}兼任`,
  delegation: (role, chain) => `${role}不在时，依次由${chain.join("、")}代行其职责`,
  reportsTo: (to) => `向${to}报告`,
  role(p) {
    const who = p.appointment || (p.heldBy ? `${p.name}由${p.heldBy}兼任` : p.holders ? `${p.name}由${p.holders}担任` : p.name);
    const parts = [who];
    if (p.duties.length > 0) parts.push(`${DUTY_VERB.test(p.duties[0] as string) ? "" : "负责"}${p.duties.join("；")}`);
    if (p.reportsTo) parts.push(`向${p.reportsTo}报告`);
    let sentence = parts.join("，");
    if (p.training) sentence += `；${p.trainingFrequency}开展${p.training}培训`;
    const out = [zhGrammar.sentence(sentence)];
    if (p.delegation.length > 0) out.push(zhGrammar.sentence(`${p.subject}不在时，依次由${p.delegation.join("、")}代行其职责`));
    return out;
  },
};
