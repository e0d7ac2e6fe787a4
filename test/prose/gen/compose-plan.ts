import type { Ctx } from "./compose.js";
import { at, distinct } from "./pick.js";

const ZH_SCHEMES = [undefined, "gbt", "articles", "flat-articles", "articles-sections", "decimal"];
const EN_SCHEMES = [undefined, "outline", "decimal"];

/** The document around the rules: title block, basis, review and exercises, imprint, revisions, an issuing notice. */
export function composeDocument(c: Ctx): void {
  const { spec, pools, zh } = c;
  const d = spec.document;
  const org = (c.data.organisation as { name: string }).name;
  const reviewer = c.actingRoles[0] ?? c.units[0]!.id;
  c.data.document = {
    title: pools.titleOf(org),
    version: "1.0",
    effective_date: "2026-03-01",
    ...(d.issuer ? { issuer: org } : {}),
    ...(d.status ? { status: zh ? "征求意见稿" : "Draft" } : {}),
    ...(d.number && zh ? { number: "示发〔2026〕3号" } : {}),
    ...(d.marks ? { marks: [zh ? "内部资料" : "OFFICIAL"] } : {}),
    ...(d.approval ? { approval: { by: zh ? "2026年第3次办公会议" : "the Board at its meeting of 10 February 2026", date: "2026-02-10" } } : {}),
    ...(d.basis.length ? { basis: distinct(pools.basis, d.basis) } : {}),
    ...(d.review ? { review: { every: "1y", next: "2027-03", by: reviewer, ...(d.exercises ? { exercises: [{ name: zh ? "舆情应对桌面推演" : "Table-top exercise", every: "1y", next: "2026-09", by: reviewer }] } : {}) } } : {}),
    ...(d.imprint && zh ? { copy_to: ["县委宣传部"], printed_by: `${org}办公室`, printed_date: "2026-02-20" } : {}),
    ...(d.revisions ? { revisions: [{ version: "1.0", date: "2026-02-20", summary: zh ? "首次制定。" : "First issue.", by: zh ? "办公室" : "Communications" }] } : {}),
  };
  if (zh && d.notice !== "none")
    c.data.notice =
      d.notice === "issue"
        ? { number: "示发〔2026〕4号", to: ["各部门"], ...(c.units.length ? { feedback: c.units[0]!.id } : {}) }
        : { kind: "consultation", comments: { from: "2026-02-01", to: "2026-02-28", email: "office@example.cn", contact: c.people[0] } };
}

/** The plan's outline: a scheme for the whole, sections that show the groups, roles, procedures, levels and what happens at them, units, review, duty — and the attachments. */
export function composePlan(c: Ctx): void {
  const { spec, pools, zh } = c;
  const p = spec.plan;
  const title = (k: number) => at(pools.sections, k);
  const sections: Array<Record<string, unknown>> = [];
  const basis = !!(c.data.document as { basis?: unknown }).basis;
  sections.push({ title: title(0), text: basis && zh ? `根据{basis}，${pools.texts[0]}` : pools.texts[0], ...(basis ? { basis: true } : {}) });
  if (p.principles > 0)
    sections.push({ title: title(1), ...(spec.numbering.principles !== undefined ? { numbering: at(zh ? ["（一）", "1.", "1、", "一是"] : ["1.", "A.", "a."], spec.numbering.principles) } : {}), items: Array.from({ length: p.principles }, (_, k) => ({ title: zh ? ["统一领导", "快速反应", "依法处置"][k] : ["Safety first", "One voice", "Listen and respond"][k], text: at(zh ? PRINCIPLES_ZH : PRINCIPLES_EN, k) })) });
  const groups = (c.data.groups as Array<{ id: string }>).map((g, k) => ({ group: g.id, ...(spec.groups[k]!.roster && zh ? { format: "roster" } : {}) }));
  const roles = { ...(p.rolesRunIn ? { title: zh ? "岗位职责" : "Roles" } : {}), roles: c.actingRoles.slice(0, 4) };
  sections.push({ title: title(2), items: [...groups, ...(c.actingRoles.length ? [roles] : [])] });
  const procedures = c.procedures.map((id, k) => ({ procedure: id, ...(spec.numbering.untitled[k] ? { untitled: true } : {}) }));
  if (p.nested) sections.push({ title: title(4), items: procedures });
  else sections.push(...procedures);
  if (c.levels.length && p.levelsAt !== "none") {
    const levels = { title: title(5), levels: c.scales.length ? c.scales[0] : true };
    const responses = p.responses ? c.levels.slice(0, 2).map((l) => ({ response: l })) : [];
    if (p.levelsAt === "group") sections.push({ title: title(6), items: [levels, ...responses] });
    else sections.push(levels, ...responses);
  }
  if (p.units) sections.push({ title: title(3), units: true });
  if (p.channels && (c.data.channels as unknown[]).length) sections.push({ title: zh ? "监测渠道" : "Channels", channels: true });
  if (p.duty && c.data.duty) sections.push({ title: zh ? "值班安排" : "Duty rota", duty: true });
  if ((c.data.document as { review?: unknown }).review) sections.push({ title: zh ? "演练与修订" : "Training and review", review: true });
  if (c.data.categories) sections.push({ category: "cat1" });
  const scheme = at(zh ? ZH_SCHEMES : EN_SCHEMES, spec.scheme);
  c.data.plan = {
    ...(scheme ? { numbering: scheme } : {}),
    sections,
    ...(p.closing ? { closing: at(pools.texts, 3) } : {}),
  };
  c.data.attachments = composeAttachments(c);
}

function composeAttachments(c: Ctx): unknown[] {
  const { zh } = c;
  const out: Array<Record<string, unknown>> = [];
  const seen = new Set<string>();
  for (const kind of c.spec.attachments) {
    if (seen.has(kind)) continue;
    seen.add(kind);
    const id = `a${out.length + 1}`;
    if (kind === "levels" && c.levels.length) out.push({ id, kind: "levels", ...(c.scales.length ? { scale: c.scales[0] } : {}) });
    else if (kind === "contacts") out.push({ id, kind: "contacts" });
    else if (kind === "form" && c.forms.length) out.push({ id, kind: "form", form: c.forms[0] });
    else if (kind === "flowchart" && c.procedures.length) out.push({ id, kind: "flowchart", procedure: c.procedures[0] });
    else if (kind === "levels-flowchart" && c.scales.length) out.push({ id, kind: "flowchart", scale: c.scales[0] });
    else if (kind === "checklist") out.push({ id, kind: "checklist", ...(c.levels.length ? { level: c.levels[0] } : { procedure: c.procedures[0] }) });
    else if (kind === "text") out.push({ id, kind: "text", title: zh ? "名词解释" : "Glossary", text: zh ? "本方案所称舆情，是指在互联网上出现的、涉及本单位的各类信息和言论。" : "In this plan, an incident is any event that may harm public safety or the organisation's reputation." });
    else if (kind === "table") out.push({ id, kind: "table", title: zh ? "值班电话" : "Duty numbers", columns: zh ? ["单位", "电话"] : ["Service", "Phone"], rows: [[zh ? "总值班室" : "Duty desk", "010-8888 0000"]] });
  }
  return out;
}

/** What each principle says (the closing sentence is not one of them). */
const PRINCIPLES_ZH = ["坚持统一领导、分级负责，各部门按职责做好工作。", "发现舆情后快速反应，第一时间核实情况。", "依法依规处置，及时回应社会关切。"];
const PRINCIPLES_EN = ["The safety of the public comes before everything else.", "The organisation speaks with one voice through its spokesperson.", "Staff listen to what people are saying and answer their concerns."];
