import type { ImportWords } from "../../locale/import-words.js";
import type { StepDraft } from "../draft/draft-types.js";
import type { Registry } from "../draft/registry.js";
import { escapeRegExp } from "../../text/regexp.js";
import { findDeadline, findFrequency } from "./timing.js";

/**
 * A rule in a sentence, as a step: who (actor) — by when (deadline) or how
 * often (frequency) — does what (action) — to whom (to), under what condition
 * (when), after whose approval, recording it on which form. Only a clause
 * whose pattern is clear becomes a step: a known or name-like actor at its
 * start, and a recipient, a deadline or a frequency. Anything else stays text.
 */
export type StepContext = { readonly locale: string; readonly words: ImportWords; readonly reg: Registry };

const ZH_ACTOR_END = "员|人员|领导|负责人|主任|组长|部|处|室|办|办公室|小组|中心|科|馆|局|班主任|老师|教师|医师|部门|单位|科室|机构|指挥部|委员会|专班|工作组";
const EN_ACTOR = /^(?:[Tt]he\s+)?((?:[A-Z][\w/'’&-]*\s+){0,6}(?:[A-Z][\w/'’&-]*|PIO|IC))\s+(?:(?:must|will|should|shall)\s+)?([a-z]+s|[a-z]+)\b\s*(.*)$/u;

export function readStep(clause: string, ctx: StepContext, previousActor?: readonly string[]): StepDraft | undefined {
  return /\p{Script=Han}/u.test(clause) ? readZhStep(clause, ctx, previousActor) : readEnStep(clause, ctx);
}

const ACTOR_END = new RegExp(`(?:${ZH_ACTOR_END})`, "gu");
const MODAL = /^(?:要|应当|应|须|需要|需|必须)/u;
const COUNTED = /^(一般)?(?:在|于)?((?:收到|接到|发现|接收|获悉)[^，。；]{1,20}?)后?(?=(?:\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?:分钟|小时|天|日|个工作日|工作日)(?:之内|内|以内))/u;
const INLINE_WHEN = /^((?:发现|接到|收到|接收|获悉|得知)[^，。；]{1,30}?后)/u;
/** …向<recipient><report verb>…: what comes before, the recipient, the verb, what follows. */
const ZH_TO = /^(.*?)向([^，。；]{2,30}?)(报告|汇报|通报|报送|反映|上报|报批|请示|呈报|提出|提供|移交|转交)(.*)$/u;
const TIME_LEAD = /^(.{2,12}?(?:时期|期间|时|后|前|以后))由?(.{2,})$/u;

/**
 * The actor at the start of a clause: the shortest name-like prefix (ending as
 * a post or body does) after which the clause goes on as a rule does — a
 * deadline, a recipient (向…), or 发现…后 before them. With no such prefix, a
 * clause that opens with its deadline is done by the actor of the step before.
 */
function zhActor(s: string, ctx: StepContext, previousActor?: readonly string[], conditional = false): { actor: string; rest: string; when?: string } | undefined {
  const by = /^由([\u4e00-\u9fa5]{2,20}?)(?=立即|第一时间|及时|迅速|在|于|向)/u.exec(s);
  if (by && opensRule(s.slice(by[0].length).replace(MODAL, ""), ctx)) return { actor: by[1] as string, rest: s.slice(by[0].length).replace(MODAL, "") };
  for (const m of s.matchAll(ACTOR_END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end < 2 || end > 26) continue;
    let actor = s.slice(0, end);
    if (!/^[\u4e00-\u9fa5、]+$/u.test(actor)) continue;
    let rest = s.slice(end);
    let when: string | undefined;
    const inline = INLINE_WHEN.exec(rest);
    if (inline) {
      when = inline[1] as string;
      rest = rest.slice(when.length);
    }
    rest = rest.replace(MODAL, "");
    if (!opensRule(rest, ctx)) continue;
    // A time or condition run into the actor: 特殊时期党委宣传部 / 特殊时期由党委宣传部.
    const lead = TIME_LEAD.exec(actor) ?? /^(根据[^，。；]{2,10}?(?:情况|需要|要求|规定))(.{2,})$/u.exec(actor) ?? /^(.{2,12}?)由(.{2,})$/u.exec(actor);
    if (lead) {
      when = when ?? (lead[1] as string);
      actor = lead[2] as string;
    }
    return { actor, rest, ...(when ? { when } : {}) };
  }
  const rest = s.replace(/^并/u, "").replace(MODAL, "");
  // A clause that opens with its deadline: done by the actor before it, or (after a condition) by whoever it concerns.
  const trimmed = rest.replace(/^(?:按程序规定|按规定|按照规定|同时)/u, "");
  if (((previousActor && previousActor.length > 0) || conditional) && opensRule(trimmed, ctx)) return { actor: "", rest: trimmed };
  return undefined;
}

function opensRule(text: string, ctx: StepContext): boolean {
  const counted = COUNTED.exec(text);
  const rest = counted ? text.slice(counted[0].length) : text;
  const d = findDeadline(rest, ctx.locale);
  const f = findFrequency(rest, ctx.locale);
  return (d !== undefined && d.index <= 2) || (f !== undefined && f.index <= 4) || /^.{0,12}?向[^，。；]{2,30}?(?:报告|汇报|通报|报送|反映|上报|报批|请示|呈报)/u.test(rest);
}

function readZhStep(raw: string, ctx: StepContext, previousActor?: readonly string[]): StepDraft | undefined {
  let s = raw.trim().replace(/[。；;]$/u, "");
  const step: StepDraft = {};
  // A condition first: 发现…后， / 如发生…， / 经领导小组批准后，
  const approval = /^经([^，。；]{2,20}?)(?:批准|审定|同意|审核|审批)(?:后)?[，,]/u.exec(s);
  if (approval) {
    step.approval = [ctx.reg.party(approval[1] as string)];
    s = s.slice(approval[0].length);
  }
  const cond = /^([^，。；]{2,40}?(?:后|时|的|前))[，,]/u.exec(s) ?? /^((?:如|若|一旦|凡|对于?)[^，。；]{2,60}?)[，,]/u.exec(s);
  if (cond) {
    step.when = cond[1] as string;
    s = s.slice(cond[0].length);
  }
  const found = zhActor(s, ctx, previousActor, step.when !== undefined);
  if (!found) return undefined;
  if (found.when && !step.when) step.when = found.when;
  const actorName = found.actor;
  let rest = found.rest;
  // 一般在收到舆情联系单半天内…: the deadline, what it counts from, and that it is the usual case.
  const counted = COUNTED.exec(rest);
  let from: { from: string; usually?: true } | undefined;
  if (counted) {
    from = { from: counted[2] as string, ...(counted[1] ? { usually: true as const } : {}) };
    rest = rest.slice(counted[0].length);
  }
  const deadline = findDeadline(rest, ctx.locale);
  const frequency = findFrequency(rest, ctx.locale);
  let to: string | undefined;
  const toM = ZH_TO.exec(rest);
  if (deadline && deadline.index <= 2) rest = rest.slice(deadline.index + deadline.text.length);
  else if (deadline && toM && deadline.index < (toM[1] as string).length) rest = rest.slice(0, deadline.index) + rest.slice(deadline.index + deadline.text.length);
  else if (deadline) return undefined;
  const toM2 = ZH_TO.exec(rest);
  if (toM2 && (toM2[1] as string).length <= 12) {
    to = toM2[2] as string;
    rest = `${toM2[1]}${toM2[3]}${toM2[4]}`.replace(/^[在于]?/u, "");
  }
  if (!to && !deadline && !frequency) return undefined;
  const record = /[，,]?并?(?:填写|填报|记入)《([^》]{2,40})》$/u.exec(rest);
  if (record) {
    step.record = ctx.reg.form(record[1] as string).id;
    rest = rest.slice(0, record.index);
  }
  const action = rest.replace(/^[，,\s]+|[，,\s]+$/gu, "");
  if (action.length < 2) return undefined;
  // 甲会同乙 acts together; 甲或乙 is whichever finds it.
  const either = /或/u.test(actorName);
  const names = actorName ? actorName.split(/会同|或者|或|、|和/u).filter((x) => x.length >= 2) : [];
  const actor = names.length > 0 ? names.map((n) => ctx.reg.party(n)) : [...(previousActor ?? [])];
  if (actor.length > 0) step.actor = actor;
  if (either && actor.length > 1) step.either = true;
  if (deadline) step.deadline = from ? { within: deadline.value, ...from } : deadline.value;
  if (frequency && !deadline) step.frequency = frequency.value;
  if (to) step.to = to.split(/[、和及]/u).filter((x) => x.length >= 2).map((x) => ctx.reg.party(x));
  step.action = action;
  return clean(step);
}

const EN_REPORT = /^(alerts?|notif(?:y|ies)|informs?|tells?|briefs?|reports?\s+to|escalates?\s+to|sends?\s+.+?\s+to|calls?|contacts?|requests?\s+.+?\s+from)\s+(?:the\s+)?((?:[A-Z][\w/'’&-]*\s*){1,6})/u;

function readEnStep(raw: string, ctx: StepContext): StepDraft | undefined {
  let s = raw.trim().replace(/[.;]$/u, "");
  const step: StepDraft = {};
  const approval = /^Once approved by (?:the\s+)?([^,]{2,40}),\s*/u.exec(s);
  if (approval) {
    step.approval = [ctx.reg.party(approval[1] as string)];
    s = s.slice(approval[0].length);
  }
  const cond = /^((?:When|If|Once|After|Before|As soon as|Whenever|On|At)\b(?! the [A-Z][\w ]{0,40} approves)[^,]{2,80}),\s*/iu.exec(s);
  if (cond) {
    step.when = (cond[1] as string).replace(/^\w/u, (c) => c.toLowerCase());
    s = s.slice(cond[0].length);
  }
  const after = /^after (?:the\s+)?([^,]{2,60}?) approves it,\s*/iu.exec(s);
  if (after) {
    step.approval = [ctx.reg.party(after[1] as string)];
    s = s.slice(after[0].length);
  }
  // The actor, another acting with it (“, with the Police,”) or instead of it (“A or the B”), adverbs before the verb.
  const team = /^((?:[Tt]he\s+)?[A-Z][^,]{1,60}?),\s*with (?:the\s+)?([^,]{2,60}),\s*/u.exec(s);
  const partner = team ? (team[2] as string) : undefined;
  if (team) s = `${team[1]} ${s.slice(team[0].length)}`;
  const either = /^((?:[Tt]he\s+)?[A-Z][\w/'’&() -]{1,60}?) or (?:the\s+)?([A-Z][\w/'’&() -]{1,60}?)\s+(?=(?:normally\s+|usually\s+|then\s+|also\s+)?[a-z]+s\b)/u.exec(s);
  const alternative = either ? (either[2] as string) : undefined;
  if (either) s = `${either[1]} ${s.slice(either[0].length)}`;
  s = s.replace(/^((?:[Tt]he\s+)?(?:[A-Z][\w/'’&-]*\s+){0,6}(?:[A-Z][\w/'’&-]*|PIO|IC))\s+(?:normally|usually|then|also)\s+/u, "$1 ");
  const m = EN_ACTOR.exec(s);
  if (!m || !/s$/u.test(m[2] as string) || /^(?:This|It|They|There|Each|Every|All)$/u.test(m[1] as string)) return undefined;
  let action = `${m[2]} ${m[3]}`.trim();
  const deadline = findDeadline(action, ctx.locale);
  const frequency = findFrequency(action, ctx.locale);
  if (deadline) action = `${action.slice(0, deadline.index)}${action.slice(deadline.index + deadline.text.length)}`.replace(/\s{2,}/gu, " ").replace(/\s+([,.])/gu, "$1").trim();
  if (frequency && !deadline) action = `${action.slice(0, frequency.index)}${action.slice(frequency.index + frequency.text.length)}`.replace(/\s{2,}/gu, " ").trim();
  const toM = EN_REPORT.exec(action);
  if (!toM && !deadline && !frequency) return undefined;
  const record = /,?\s*and fills in the (.+?)$/u.exec(action);
  if (record) {
    step.record = ctx.reg.form(record[1] as string).id;
    action = action.slice(0, record.index).trim();
  }
  step.actor = [m[1] as string, ...(partner ? [partner] : []), ...(alternative ? [alternative] : [])].map((a) => ctx.reg.party(a));
  if (alternative) step.either = true;
  if (deadline) step.deadline = deadline.value;
  if (frequency && !deadline) step.frequency = frequency.value;
  if (toM) {
    const recipient = (toM[2] as string).trim();
    step.to = [ctx.reg.party(recipient)];
    action = action.replace(new RegExp(`(?:the\\s+)?${escapeRegExp(recipient)}\\s*`, "u"), "{to} ").replace(/\s{2,}/gu, " ").trim();
  }
  step.action = action.replace(/[,\s]+$/u, "");
  return clean(step);
}

function clean(step: StepDraft): StepDraft {
  return Object.fromEntries(Object.entries(step).filter(([, v]) => v !== undefined)) as StepDraft;
}
