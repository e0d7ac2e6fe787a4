import type { ImportWords } from "../../locale/import-words.js";
import { IdMaker } from "./ids.js";
import type {
  AttachmentDraft, Check, ExternalDraft, FormDraft, GroupDraft, LevelDraft, Path, PersonDraft, Phones, ProcedureDraft, RoleDraft, UnitDraft,
} from "./draft-types.js";

export type EntityKind = "person" | "unit" | "role" | "group" | "external";

/**
 * Everything the recognisers found, by name: asking for a name that is known
 * returns its entity (so a person met in a table and again in a sentence is
 * one person, with both phones), else a new one with a readable id. Short
 * names (以下简称…, abbreviations) are aliases of the full name.
 */
export class Registry {
  readonly ids = new IdMaker(["leading-group"]);
  readonly people: PersonDraft[] = [];
  readonly units: UnitDraft[] = [];
  readonly roles: RoleDraft[] = [];
  readonly groups: GroupDraft[] = [];
  readonly external: ExternalDraft[] = [];
  readonly forms: FormDraft[] = [];
  readonly levels: LevelDraft[] = [];
  readonly procedures: ProcedureDraft[] = [];
  readonly attachments: AttachmentDraft[] = [];
  readonly checks: Check[] = [];
  readonly revisions: Array<{ version: string; date: string; summary: string; by?: string }> = [];
  private readonly byName = new Map<string, { kind: EntityKind; id: string }>();

  constructor(readonly words: ImportWords) {}

  check(path: Path, note: string): void {
    this.checks.push({ path, note });
  }

  alias(short: string, full: string): void {
    const e = this.lookup(full);
    if (e && !this.byName.has(short)) this.byName.set(short, e);
  }

  lookup(name: string): { kind: EntityKind; id: string } | undefined {
    return this.byName.get(clean(name));
  }

  person(name: string, extra: { title?: string; unit?: string; phones?: Phones } = {}): PersonDraft {
    const key = clean(name);
    const known = this.byName.get(key);
    let p = known?.kind === "person" ? this.people.find((x) => x.id === known.id) : undefined;
    if (!p) {
      p = { id: this.ids.make(key, "person"), name: key };
      this.people.push(p);
      this.byName.set(key, { kind: "person", id: p.id });
    }
    if (extra.title && !p.title) p.title = extra.title;
    if (extra.unit && !p.unit) p.unit = extra.unit;
    if (extra.phones) p.phones = { ...extra.phones, ...(p.phones ?? {}) };
    return p;
  }

  unit(name: string): UnitDraft {
    const key = clean(name);
    const known = this.byName.get(key);
    const u = known?.kind === "unit" ? this.units.find((x) => x.id === known.id) : undefined;
    if (u) return u;
    const made: UnitDraft = { id: this.ids.make(key, "unit"), name: key };
    this.units.push(made);
    this.byName.set(key, { kind: "unit", id: made.id });
    return made;
  }

  role(name: string): RoleDraft {
    const key = clean(name);
    const known = this.byName.get(key);
    const r = known?.kind === "role" ? this.roles.find((x) => x.id === known.id) : undefined;
    if (r) return r;
    const made: RoleDraft = { id: this.ids.make(key, "role"), name: key };
    this.roles.push(made);
    this.byName.set(key, { kind: "role", id: made.id });
    return made;
  }

  group(name: string, id?: string): GroupDraft {
    const key = clean(name);
    const known = this.byName.get(key);
    const g = known?.kind === "group" ? this.groups.find((x) => x.id === known.id) : undefined;
    if (g) return g;
    const made: GroupDraft = { id: id && !this.groups.some((x) => x.id === id) ? id : this.ids.make(key, "group"), name: key };
    this.groups.push(made);
    this.byName.set(key, { kind: "group", id: made.id });
    return made;
  }

  externalBody(name: string): ExternalDraft {
    const key = clean(name);
    const known = this.byName.get(key);
    const e = known?.kind === "external" ? this.external.find((x) => x.id === known.id) : undefined;
    if (e) return e;
    const made: ExternalDraft = { id: this.ids.make(key, "external"), name: key };
    this.external.push(made);
    this.byName.set(key, { kind: "external", id: made.id });
    return made;
  }

  form(title: string): FormDraft {
    const key = clean(title);
    const f = this.forms.find((x) => x.title === key);
    if (f) return f;
    const made: FormDraft = { id: this.ids.make(key, "form"), title: key, fields: [] };
    this.forms.push(made);
    return made;
  }

  /**
   * Who a sentence names as actor or recipient, as an id: a known entity, or a
   * new one of the kind its name suggests — a body outside (公安, 上级), a unit
   * (…部, …办公室, …Office), else a post (…员, 主管领导, …Officer).
   */
  party(name: string): string {
    const key = clean(name);
    const known = this.lookup(key);
    if (known) return known.id;
    for (const g of this.groups) if (g.short_name === key || g.name.endsWith(key) || (g.short_name && key.endsWith(g.short_name) && key.length - g.short_name.length <= 2)) return g.id;
    if (this.words.outsideBody.test(key) && this.words.orgName.test(key)) return this.externalBody(key).id;
    if (this.words.orgName.test(key)) return this.unit(key).id;
    if (this.words.personName.test(key)) return this.person(key).id;
    return this.role(key).id;
  }
}

/** A name as written, without the brackets, quotes and spaces around it. */
export function clean(name: string): string {
  return name.replace(/^(?:the|The)\s+(?=[A-Z])/u, "").replace(/^[\s“”"'‘’《「]+|[\s“”"'‘’》」：:，,。.;；]+$/gu, "").replace(/\s+/gu, " ");
}
