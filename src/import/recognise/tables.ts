import type { ImportWords } from "../../locale/import-words.js";
import type { Phones } from "../draft/draft-types.js";
import type { Registry } from "../draft/registry.js";
import { addPhone, findPhones, phoneKind } from "./phones.js";

/** A column that says only "phone": the number itself tells a mobile from an office line. */
const GENERIC_PHONE = /^(?:联系电话|电话|联系方式|电话号码|phone|tel|telephone|number|phone number)$/iu;

/** What each column of a table holds, read from its heading. */
export type ColumnKind = "name" | "post" | "title" | "unit" | "when" | "level" | "criteria" | "reportTo" | "reportWithin" | `phone:${keyof Phones}` | "other";

export function columnKinds(header: readonly string[], words: ImportWords): ColumnKind[] {
  const c = words.columns;
  return header.map((raw) => {
    const h = raw.trim().replace(/\s+/gu, " ");
    if (c.title.test(h)) return "title";
    if (c.name.test(h)) return "name";
    if (c.post.test(h)) return "post";
    if (c.unit.test(h)) return "unit";
    if (c.level.test(h)) return "level";
    if (c.reportTo.test(h)) return "reportTo";
    if (c.reportWithin.test(h)) return "reportWithin";
    if (c.criteria.test(h)) return "criteria";
    if (c.when.test(h)) return "when";
    for (const [re, kind] of c.phones) if (re.test(h)) return `phone:${kind}` as ColumnKind;
    return "other";
  });
}

export type TableKind = "people" | "bodies" | "levels" | "form" | "other";

/** A table with rows but no entries is a form to fill in; a two-column one with empty right cells is a slip. */
function isBlankForm(rows: readonly (readonly string[])[]): boolean {
  if (rows.length < 2) return false;
  const body = rows.slice(1);
  if (body.every((r) => r.every((c) => c.trim() === ""))) return true;
  return rows.every((r) => r.length === 2 && (r[1] ?? "").trim() === "");
}

export function tableKind(rows: readonly (readonly string[])[], words: ImportWords): TableKind {
  if (isBlankForm(rows)) return "form";
  const kinds = columnKinds(rows[0] ?? [], words);
  if (kinds.includes("level") && (kinds.includes("criteria") || kinds.includes("reportTo"))) return "levels";
  const phones = kinds.some((k) => k.startsWith("phone:"));
  const names = kinds.includes("name") && rows.slice(1).some((r) => kinds.some((k, i) => k === "name" && words.personName.test((r[i] ?? "").trim())));
  if (names) return "people";
  if (phones && (kinds.includes("unit") || kinds[0] === "other" || kinds[0] === "name")) return "bodies";
  return "other";
}

/**
 * A table of people: each name column with the phone columns after it (until
 * the next name column); the row's post becomes a role they hold, its unit
 * the unit they belong to — its first name the unit's liaison and the second
 * the backup when the heading says so; a cell that is not a name (各科室主任)
 * is who holds the post in words.
 */
export function readPeopleTable(rows: readonly (readonly string[])[], words: ImportWords, reg: Registry): { people: number; unitsRoster: boolean; roles: string[] } {
  const roles = new Set<string>();
  const kinds = columnKinds(rows[0] ?? [], words);
  const header = rows[0] ?? [];
  let people = 0;
  let unitsRoster = false;
  for (const row of rows.slice(1)) {
    const cell = (i: number): string => (row[i] ?? "").trim();
    const post = kinds.indexOf("post") >= 0 ? cell(kinds.indexOf("post")) : "";
    const unitName = kinds.indexOf("unit") >= 0 ? cell(kinds.indexOf("unit")) : "";
    const unit = unitName ? reg.unit(unitName) : undefined;
    const titleCell = kinds.indexOf("title") >= 0 ? cell(kinds.indexOf("title")) : "";
    kinds.forEach((k, i) => {
      if (k !== "name") return;
      const name = cell(i);
      if (!name) return;
      const phones: Phones = {};
      for (let j = i + 1; j < kinds.length && kinds[j] !== "name"; j++) {
        const kind = kinds[j] as string;
        if (!kind.startsWith("phone:")) continue;
        for (const p of findPhones(cell(j))) addPhone(phones, p, GENERIC_PHONE.test((header[j] ?? "").trim()) ? phoneKind(p) : (kind.slice(6) as keyof Phones));
      }
      if (!words.personName.test(name)) {
        if (post) {
          const role = reg.role(post);
          if (!role.holders_text && !(role.holders ?? []).length) role.holders_text = name;
        }
        return;
      }
      const [title, titleUnit] = splitTitle(titleCell);
      const p = reg.person(name, { ...(title ? { title } : {}), ...(unit ? { unit: unit.id } : titleUnit ? { unit: reg.unit(titleUnit).id } : {}), phones });
      people++;
      if (post && post !== name) {
        const role = reg.role(post);
        roles.add(role.id);
        role.holders = [...new Set([...(role.holders ?? []), p.id])];
      }
      if (unit) {
        const backup = /备用|backup|deputy/iu.test(header[i] ?? "");
        if (backup && !unit.backup) unit.backup = p.id;
        else if (!backup && !unit.liaison && /联络|liaison/iu.test(header[i] ?? "")) unit.liaison = p.id;
        if (/联络|liaison/iu.test(header[i] ?? "")) unitsRoster = true;
      }
    });
  }
  return { people, unitsRoster, roles: [...roles] };
}

/** 党委办公室　干事 → [干事, 党委办公室]; OEM Planner, Sheriff's Office → [OEM Planner, Sheriff's Office]. */
function splitTitle(cell: string): [string, string | undefined] {
  const t = cell.trim();
  const en = /^(.+?),\s+(.+)$/u.exec(t);
  if (en && !/\p{Script=Han}/u.test(t)) return [en[1] as string, en[2] as string];
  const zh = /^(\S+?)[\u3000 ]+(\S+)$/u.exec(t);
  if (zh) return [zh[2] as string, zh[1] as string];
  return [t, undefined];
}

/** A table of bodies with their phones (单位 | 联系人 | 值班电话 … | 何时联系): outside bodies, each with its contact and when to call. */
export function readBodiesTable(rows: readonly (readonly string[])[], words: ImportWords, reg: Registry): number {
  const kinds = columnKinds(rows[0] ?? [], words);
  const orgCol = kinds.indexOf("unit") >= 0 ? kinds.indexOf("unit") : 0;
  let n = 0;
  for (const row of rows.slice(1)) {
    const name = (row[orgCol] ?? "").trim();
    if (!name || findPhones(name).length > 0) continue;
    const phones: Phones = {};
    let contact = "";
    let when = "";
    kinds.forEach((k, i) => {
      const v = (row[i] ?? "").trim();
      if (!v || i === orgCol) return;
      if (k.startsWith("phone:")) for (const p of findPhones(v)) addPhone(phones, p, k.slice(6) as keyof Phones);
      else if (k === "name") contact = v;
      else if (k === "when") when = v;
    });
    if (Object.keys(phones).length === 0) continue;
    const e = reg.externalBody(name);
    e.phones = { ...phones, ...(e.phones ?? {}) };
    if (contact && !e.contact) e.contact = contact;
    if (when && !e.when) e.when = when;
    n++;
  }
  return n;
}
