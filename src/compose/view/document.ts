import { paragraphs } from "./escape.js";
import { phoneText, referTo, runningName, type ViewContext } from "./context.js";
import { recipientName } from "./attachments.js";


/** The legal basis as running text: 《A》、《B》和《C》 / the Civil Contingencies Act 2004 and … */
export function basisText(ctx: ViewContext): string {
  const { t } = ctx;
  return t.list((ctx.model.data.document.basis ?? []).map((b) => `${t.citeTitle(b.title)}${b.number ? t.paren(b.number) : ""}`));
}

export function documentView(ctx: ViewContext) {
  const { t, model } = ctx;
  const doc = model.data.document;
  const review = doc.review;
  const basis = (doc.basis ?? []).map((b) => ({ title: b.title, number: b.number ?? "", cited: t.citeTitle(b.title) }));
  return {
    title: doc.title,
    subtitle: doc.subtitle ?? "",
    status: doc.status ?? "",
    number: doc.number ?? "",
    approvedBy: doc.approval?.by ?? "",
    /** The approving body as running text refers to it (English: with its article, never two). */
    approvedByRef: doc.approval?.by ? t.refer(doc.approval.by, "body") : "",
    approvedOn: doc.approval?.date ? t.date(doc.approval.date) : "",
    revised: doc.revised ? t.date(doc.revised) : "",
    issuer: doc.issuer ?? "",
    date: t.date(doc.date ?? doc.effective_date),
    version: doc.version,
    effectiveDate: t.date(doc.effective_date),
    marks: doc.marks ?? [],
    /** 本方案 / this plan. */
    self: t.selfName(doc.title),
    basis,
    /** The legal basis as running text: 《A》、《B》和《C》. */
    basisText: basisText(ctx),
    review: review
      ? {
          every: t.interval(review.every),
          next: review.next ? t.month(review.next) : "",
          by: review.by ? referTo(ctx, review.by, true) : "",
          /** The same, as a table cell names it (no article). */
          byName: review.by ? runningName(ctx, review.by, true) : "",
          exercises: (review.exercises ?? []).map((x) => ({ name: x.name, every: t.interval(x.every), next: x.next ? t.month(x.next) : "", by: x.by ? runningName(ctx, x.by, true) : "" })),
        }
      : null,
    distribution: (doc.distribution ?? []).map((d) => ({ to: recipientName(ctx, d.to), copies: d.copies !== undefined ? String(d.copies) : "", format: d.format ?? "" })),
    copyTo: (doc.copy_to ?? []).join(t.comma),
    printedBy: doc.printed_by ?? "",
    printedDate: doc.printed_date ? t.date(doc.printed_date) : "",
    revisions: (doc.revisions ?? []).map((r) => ({ version: r.version, date: t.date(r.date), summary: r.summary, by: r.by ?? "" })),
    toc: doc.toc !== false,
    /** A table of contents only for a plan longer than this many pages (0: always; render/fit-toc.ts). */
    tocMinPages: doc.toc === true ? 0 : typeof doc.toc === "number" ? doc.toc : TOC_MIN_PAGES,
  };
}

/** Plans up to this many pages (without the contents) print no table of contents unless `document.toc` says so. */
export const TOC_MIN_PAGES = 10;

/** The issuing notice (印发通知) or call for comments the plan is printed after, or null. */
export function noticeView(ctx: ViewContext) {
  const { t, model } = ctx;
  const n = model.data.notice;
  if (!n) return null;
  const doc = model.data.document;
  const cited = t.citeTitle(doc.title);
  const contact = n.comments?.contact ? model.index.get(n.comments.contact) : undefined;
  const person = contact?.kind === "person" ? contact.entity : undefined;
  return {
    consultation: n.kind === "consultation",
    number: n.number ?? "",
    title: n.title ?? "",
    /** The plan's title as the notice cites it: 《…》. */
    cited,
    to: t.enumerate(n.to ?? []),
    text: paragraphs(n.text).map((p) => p.replaceAll("{title}", cited)),
    feedback: n.feedback ? referTo(ctx, n.feedback, true) : "",
    issuer: n.issuer ?? doc.issuer ?? "",
    date: t.date(n.date ?? doc.date ?? doc.effective_date),
    comments: n.comments
      ? {
          from: t.date(n.comments.from),
          to: t.date(n.comments.to),
          email: n.comments.email ?? "",
          address: n.comments.address ?? "",
          contact: person?.name ?? "",
          phone: phoneText(ctx, person?.phones?.office ?? person?.phones?.mobile),
        }
      : null,
  };
}
