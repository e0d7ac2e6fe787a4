import { chineseNumeral, formatNumber, localeText } from "../compose/locale/index.js";
import { escapeMarkdown } from "../compose/view/escape.js";
import type { Model } from "../model/model.js";
import { ENTITY_ORDER, type Change, type ChangeEntity } from "./change.js";
import { formatChanges } from "./format-changes.js";

type Locale = "zh-CN" | "en";
type Facts = { title: string; from: string; to: string; date: string };

/** The fixed wording of a change notice, per language; every argument is already escaped. */
type NoticeWords = {
  title(f: Facts): string;
  meta(f: Facts): string;
  intro(f: Facts): string;
  unchanged: string;
  summary(text: string): string;
  section(entity: ChangeEntity, n: number): string;
  /** Between a paragraph's number and its text. */
  gap: string;
};

const SECTION_ZH: Record<ChangeEntity, string> = {
  document: "文件信息", plan: "方案结构", unit: "单位", group: "组织机构", role: "岗位与人员", procedure: "工作机制与程序",
  level: "响应级别", category: "类别清单", channel: "监测与发布渠道", duty: "值班安排", person: "人员及联系方式",
  external: "外部联系单位", form: "表单", attachment: "附件", section: "方案结构",
};

const SECTION_EN: Record<ChangeEntity, string> = {
  document: "Document", plan: "Plan outline", unit: "Units", group: "Groups", role: "Roles", procedure: "Procedures",
  level: "Response levels", category: "Lists", channel: "Channels", duty: "Duty arrangements",
  person: "People and phone numbers", external: "External contacts", form: "Forms", attachment: "Attachments", section: "Plan outline",
};

const WORDS: Record<Locale, NoticeWords> = {
  "zh-CN": {
    title: (f) => `关于修订《${f.title}》的说明`,
    meta: (f) => `（版本 ${f.from} → ${f.to}　${f.date}起施行）`,
    intro: (f) => `《${f.title}》由${f.from}版修订为${f.to}版，自${f.date}起施行。现将修订内容说明如下。`,
    unchanged: "本次修订未改变规则内容。",
    summary: (s) => `修订概要：${s}`,
    section: (e, n) => `${chineseNumeral(n)}、${SECTION_ZH[e]}`,
    gap: "",
  },
  en: {
    title: (f) => `Change notice: ${f.title}`,
    meta: (f) => `Version ${f.from} → ${f.to} · effective ${f.date}`,
    intro: (f) => `${f.title} has been revised from version ${f.from} to version ${f.to}, effective ${f.date}. The changes are set out below.`,
    unchanged: "The rules themselves are unchanged.",
    summary: (s) => `Summary of the revision: ${s}`,
    section: (e) => SECTION_EN[e],
    gap: " ",
  },
};

/**
 * Markdown of a change notice (修订说明) for circulation: title, versions and
 * effective date, an introduction, the revision summary of the new version,
 * then the changes grouped by kind of entity as numbered paragraphs. Follows
 * templates/README.md; every user string is escaped.
 */
export function changeNoticeMarkdown(before: Model, after: Model, changes: readonly Change[]): string {
  const locale = after.data.locale;
  const words = WORDS[locale];
  const facts = noticeFacts(before, after);
  const out: string[] = [`# ${words.title(facts)}`, "", "::: p meta", words.meta(facts), ":::", "", words.intro(facts), ""];
  const summary = revisionSummary(after);
  if (summary) out.push(words.summary(escapeMarkdown(summary)), "");
  if (changes.length === 0) out.push(words.unchanged, "");
  groupByEntity(changes).forEach(([entity, group], i) => {
    out.push(`## ${words.section(entity, i + 1)}`, "");
    formatChanges(group, locale).forEach((line, k) => out.push(`${escapeMarkdown(formatNumber("1.", k + 1))}${words.gap}${escapeMarkdown(line)}`, ""));
  });
  out.push(...signature(after));
  return `${out.join("\n").trimEnd()}\n`;
}

function noticeFacts(before: Model, after: Model): Facts {
  const t = localeText(after.data.locale);
  const doc = after.data.document;
  return {
    title: escapeMarkdown(doc.title),
    from: escapeMarkdown(before.data.document.version),
    to: escapeMarkdown(doc.version),
    date: escapeMarkdown(t.date(doc.effective_date)),
  };
}

/** The summary of the new version's entry in `document.revisions`, if there is one. */
function revisionSummary(m: Model): string | undefined {
  const doc = m.data.document;
  return doc.revisions?.find((r) => r.version === doc.version)?.summary;
}

/** Changes grouped by entity kind, groups in the standard order, changes in their own order. */
function groupByEntity(changes: readonly Change[]): Array<[ChangeEntity, Change[]]> {
  return ENTITY_ORDER.map((e): [ChangeEntity, Change[]] => [e, changes.filter((c) => c.entity === e)]).filter(([, g]) => g.length > 0);
}

/** Issuer and date under the notice, when the document names an issuer. */
function signature(m: Model): string[] {
  const doc = m.data.document;
  if (!doc.issuer) return [];
  const t = localeText(m.data.locale);
  const revised = doc.revisions?.find((r) => r.version === doc.version)?.date;
  const date = revised ?? doc.date ?? doc.effective_date;
  return ["::: signature", `${escapeMarkdown(doc.issuer)}\\`, escapeMarkdown(t.date(date)), ":::", ""];
}
