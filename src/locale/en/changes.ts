import type { ChangeEntity } from "../../diff/change.js";
import type { ChangeWording, NoticeWording } from "../types.js";
import { partLabel } from "../part-label.js";

export const enChanges: ChangeWording = {
  qualifierSep: ", ",
  entity: {
    document: "Document", plan: "Plan outline", duty: "Duty arrangements", unit: "Unit", person: "Person", role: "Role",
    group: "Group", external: "External body", channel: "Channel", category: "List", level: "Level", procedure: "Procedure",
    form: "Form", attachment: "Attachment", section: "Section", scale: "Scale", step: "Step",
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
  subject: (name, noun, tag) => (name ? `${name}${tag ? enChanges.aside(tag.toLowerCase()) : ""}` : noun),
  partRef(p) {
    if (p.type === "step" || p.type === "item") return `${p.type} ${p.n}`;
    return `${enChanges.partNoun(p)} ${enChanges.quote(partLabel(p, ", "))}`;
  },
  partNoun: (p) => (p.type === "step" || p.type === "item" ? `${p.type} ${p.n}` : p.type === "roster" ? "roster entry" : p.type),
  at: (subject, ref) => `${subject}, ${ref}`,
  entityAdded: (noun, name, detail) => `${noun} added${name ? `: ${name}` : ""}${detail ? enChanges.aside(detail) : ""}`,
  entityRemoved: (noun, name, detail) => `${noun} removed${name ? `: ${name}` : ""}${detail ? enChanges.aside(detail) : ""}`,
  changed: (subject, label, before, after) => `${subject}: ${label} ${before} → ${after}`,
  added: (subject, what, label) => `${subject}: ${what} added ${enChanges.quote(label)}`,
  stale: (subject, field, text, rule) => `Check: ${subject}, ${field} still says ‘${text}’, which no longer matches the changed rule (${rule}); refer to the rule instead`,
  removed: (subject, what, label) => `${subject}: ${what} removed ${enChanges.quote(label)}`,
};

const SECTION: Record<ChangeEntity, string> = {
  document: "Document", plan: "Plan outline", unit: "Units", group: "Groups", role: "Roles", procedure: "Procedures",
  level: "Response levels", category: "Lists", channel: "Channels", duty: "Duty arrangements",
  person: "People and phone numbers", external: "External contacts", form: "Forms", attachment: "Attachments", section: "Plan outline", scale: "Response levels", step: "Procedures",
};


export const enNotice: NoticeWording = {
  title: (f) => `Change notice: ${f.title}`,
  meta: (f) => `Version ${f.from} → ${f.to} · effective ${f.date}`,
  intro: (f) => `${f.title} has been revised from version ${f.from} to version ${f.to}, effective ${f.date}. The changes are set out below.`,
  unchanged: "The rules themselves are unchanged.",
  noChanges: "No rule changes.",
  summary: (s) => `Summary of the revision: ${s}`,
  section: (e) => SECTION[e],
  gap: " ",
};
