import { localeText } from "../locale/index.js";
import { formatNumber } from "../text/numerals.js";
import { escapeMarkdown } from "../compose/view/escape.js";
import type { Model } from "../model/model.js";
import type { NoticeFacts } from "../locale/types.js";
import { ENTITY_ORDER, type Change, type ChangeEntity } from "./change.js";
import { formatChanges } from "./format-changes.js";

/**
 * Markdown of a change notice (修订说明) for circulation: title, versions and
 * effective date, an introduction, the revision summary of the new version,
 * then the changes grouped by kind of entity as numbered paragraphs. Follows
 * templates/README.md; every user string is escaped.
 */
export function changeNoticeMarkdown(before: Model, after: Model, changes: readonly Change[]): string {
  const locale = after.data.locale;
  const words = localeText(locale).notice;
  const facts = noticeFacts(before, after);
  const out: string[] = [`# ${words.title(facts)}`, "", "::: p meta", words.meta(facts), ":::", "", words.intro(facts), ""];
  const summary = revisionSummary(before, after);
  if (summary) out.push(words.summary(escapeMarkdown(summary)), "");
  if (changes.length === 0) out.push(words.unchanged, "");
  groupByEntity(changes).forEach(([entity, group], i) => {
    out.push(`## ${words.section(entity, i + 1)}`, "");
    formatChanges(group, locale).forEach((line, k) => out.push(`${escapeMarkdown(formatNumber("1.", k + 1))}${words.gap}${escapeMarkdown(line)}`, ""));
  });
  out.push(...signature(before, after));
  return `${out.join("\n").trimEnd()}\n`;
}

function noticeFacts(before: Model, after: Model): NoticeFacts {
  const t = localeText(after.data.locale);
  const doc = after.data.document;
  return {
    title: escapeMarkdown(doc.title),
    from: escapeMarkdown(before.data.document.version),
    to: escapeMarkdown(doc.version),
    date: escapeMarkdown(t.date(doc.effective_date)),
  };
}

/**
 * The entry of `document.revisions` that records this revision: the new version's, unless the
 * version did not change and the entry is as it was — then it records an earlier revision, and
 * its summary and date would be stale beside these changes.
 */
function revisionEntry(before: Model, after: Model): { summary: string; date: string } | undefined {
  const doc = after.data.document;
  const entry = doc.revisions?.find((r) => r.version === doc.version);
  if (!entry) return undefined;
  const old = before.data.document.revisions?.find((r) => r.version === entry.version);
  const stale = before.data.document.version === doc.version && old?.summary === entry.summary && old?.date === entry.date;
  return stale ? undefined : entry;
}

function revisionSummary(before: Model, after: Model): string | undefined {
  return revisionEntry(before, after)?.summary;
}

/** Changes grouped by entity kind, groups in the standard order, changes in their own order. */
function groupByEntity(changes: readonly Change[]): Array<[ChangeEntity, Change[]]> {
  return ENTITY_ORDER.map((e): [ChangeEntity, Change[]] => [e, changes.filter((c) => c.entity === e)]).filter(([, g]) => g.length > 0);
}

/** Issuer and date under the notice, when the document names an issuer. */
function signature(before: Model, m: Model): string[] {
  const doc = m.data.document;
  if (!doc.issuer) return [];
  const t = localeText(m.data.locale);
  const revised = revisionEntry(before, m)?.date;
  const date = revised ?? doc.date ?? doc.effective_date;
  return ["::: signature", `${escapeMarkdown(doc.issuer)}\\`, escapeMarkdown(t.date(date)), ":::", ""];
}
