import type { ImportWords } from "../../locale/import-words.js";
import type { Paragraph } from "../outline.js";
import type { Parts } from "../structure/parts.js";
import type { Check } from "../draft/draft-types.js";

export type DocumentDraft = {
  title: string;
  status?: string;
  number?: string;
  approval?: { by: string; date?: string };
  revised?: string;
  issuer?: string;
  version: string;
  effective_date: string;
  date?: string;
  marks?: string[];
  copy_to?: string[];
  printed_by?: string;
  printed_date?: string;
};

export type NoticeDraft = { title?: string; text?: string; issuer?: string; date?: string };
export type MetaResult = { document: DocumentDraft; organisation: { name: string }; notice?: NoticeDraft; checks: Check[] };

const ZH_ORG = /^(.{1,30}(?:大学|学院|学校|中学|小学|医院|卫生院|公司|集团|委员会|政府|街道|监狱|中心|[局镇乡县区市委办所]))(?=网络|舆情|舆论|疫情|突发|应急|新闻|信息|价格|危机|公共|安全|防控|开学|工作|.{0,4}(?:方案|预案|办法|制度|规定|细则|措施))/u;
const EN_ORG = /^(?:The\s+)?(.{2,60}?)\s+(?:Crisis|Emergency|Major Incident|Incident|Communications?|Joint Information|Public Information|Media)\b/u;

/**
 * The document's facts from its front and back matter: title (the Title style,
 * the first centred line, or the first short line), status, 发文字号, the
 * version and effective date under the title, approval and revision lines, the
 * signature's issuer and date, the imprint (抄送, 印发). What is not found is
 * filled with a stand-in that validates, and a note to check it.
 */
export function readDocumentMeta(parts: Parts, all: readonly Paragraph[], words: ImportWords, today: string): MetaResult {
  const checks: Check[] = [];
  const front = parts.front;
  const titleP = [...front].reverse().find((p) => p.heading === 1) ?? front.find((p) => p.align === "center" && !words.status.test(p.text.trim())) ?? front.find((p) => p.text.length <= 50 && !/^(?:内部资料|机密|秘密|Internal|Confidential)/u.test(p.text));
  let title = titleP?.text.trim().replace(/\s+/gu, " ") ?? "";
  const notice = /^关于印发《(.+)》的通知$/u.exec(title);
  if (notice) title = notice[1] as string;
  const doc: DocumentDraft = { title: title || words.untitled, version: "", effective_date: "" };
  if (!title) checks.push({ path: ["document", "title"], note: "no title was found: write the plan's title" });
  for (const p of front) {
    const t = p.text.trim();
    if (p === titleP) continue;
    const status = words.status.exec(t);
    if (status) doc.status = status[1] as string;
    const number = words.docNumber.exec(t);
    if (number && !doc.number) doc.number = (number[1] ?? number[0]).trim();
    const version = words.version.exec(t);
    if (version) doc.version = version[1] as string;
    if (/^(?:内部资料|机密|秘密|Internal|Confidential|Restricted)/iu.test(t) && t.length <= 12) doc.marks = [t];
    const approved = /^[（(]?经(.+?)(?:审议)?通过[）)]?$/u.exec(t) ?? /^Approved by (?:the )?(.+?)(?: on (.+))?$/u.exec(t);
    if (approved) doc.approval = { by: (approved[1] as string).trim(), ...(approved[2] && words.date(approved[2]) ? { date: words.date(approved[2]) as string } : {}) };
    if (/修订[）)]?$|^Revised\b/u.test(t) && words.date(t)) doc.revised = words.date(t) as string;
  }
  // Dates: the effective date anywhere (自…起施行 / Effective …), the signature's date at the end.
  for (const p of all) {
    const m = words.effective.exec(p.text);
    if (m && !doc.effective_date) doc.effective_date = words.date(m[0]) ?? "";
  }
  const back = parts.back;
  const dateAt = back.findIndex((p) => words.dateLine.test(p.text.trim()));
  if (dateAt >= 0) {
    doc.date = words.date((back[dateAt] as Paragraph).text) as string;
    const before = back[dateAt - 1]?.text.trim();
    if (before && before.length <= 40 && !/[。：:]/u.test(before)) doc.issuer = before;
  }
  for (const p of back) {
    const t = p.text.trim();
    const copy = /^(?:抄送|Copies to)[：:]\s*(.+?)[。.]?$/u.exec(t);
    if (copy) doc.copy_to = (copy[1] as string).split(/[，,、；;]\s*/u).filter(Boolean);
    const printed = /^(.+?)\t+\s*(.+?)印发$/u.exec(t);
    if (printed) {
      doc.printed_by = (printed[1] as string).trim();
      const d = words.date(printed[2] as string);
      if (d) doc.printed_date = d;
    }
  }
  if (!doc.effective_date && doc.date && all.some((p) => /自(?:印发|发布)之日起施行/u.test(p.text))) doc.effective_date = doc.date;
  if (!doc.effective_date) {
    doc.effective_date = doc.date ?? today;
    checks.push({ path: ["document", "effective_date"], note: doc.date ? "the plan states no effective date: the date of the document stands in" : "no date was found: today stands in — write the date the plan takes effect" });
  }
  if (!doc.version) {
    doc.version = "1.0";
    checks.push({ path: ["document", "version"], note: "no version was found: 1.0 stands in" });
  }
  const orgFrom = ZH_ORG.exec(doc.title)?.[1] ?? EN_ORG.exec(doc.title)?.[1] ?? englishSubtitle(front, titleP) ?? doc.issuer;
  const organisation = { name: orgFrom ?? doc.issuer ?? (doc.title !== words.untitled ? doc.title : words.untitled) };
  if (!orgFrom) checks.push({ path: ["organisation", "name"], note: "the organisation's name was not found in the title: write it" });
  if (!doc.issuer) checks.push({ path: ["document", "title"], note: "no issuer (发文机关署名 / issued by) was found: add `issuer:` if the plan is signed" });
  const printedAfter = readNotice(parts.notice, words);
  if (printedAfter) checks.push({ path: ["notice", "text"], note: "the notice printed before the plan is kept as text: check it (a call for comments can be data: kind: consultation, comments: {from, to, email, address})" });
  return { document: doc, organisation, ...(printedAfter ? { notice: printedAfter } : {}), checks };
}

/** The notice before the plan: its title, body, and the issuer and date that sign it. */
function readNotice(paragraphs: readonly Paragraph[] | undefined, words: ImportWords): NoticeDraft | undefined {
  if (!paragraphs || paragraphs.length === 0) return undefined;
  const ps = [...paragraphs];
  const n: NoticeDraft = {};
  const first = ps[0] as Paragraph;
  if (first.heading === 1 || first.align === "center") {
    n.title = first.text.trim();
    ps.shift();
  }
  const dateAt = ps.findIndex((p) => words.dateLine.test(p.text.trim()));
  if (dateAt >= 0) {
    n.date = words.date((ps[dateAt] as Paragraph).text) as string;
    const issuer = ps[dateAt - 1]?.text.trim();
    if (issuer && issuer.length <= 40) {
      n.issuer = issuer;
      ps.splice(dateAt - 1, 2);
    } else ps.splice(dateAt, 1);
  }
  const text = ps.map((p) => p.text.trim()).filter(Boolean).join("\n\n");
  if (text) n.text = text;
  return n;
}

/** An English title page's second line naming the organisation (Cedar Mesa County, Colorado). */
function englishSubtitle(front: readonly Paragraph[], titleP: Paragraph | undefined): string | undefined {
  if (!titleP) return undefined;
  const next = front[front.indexOf(titleP) + 1]?.text.trim();
  if (!next || /\p{Script=Han}/u.test(next) || next.length > 60 || /\d/.test(next)) return undefined;
  return next.split(",")[0]?.trim();
}
