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
    const p = this.named(this.people, "person", name);
    if (extra.title && !p.title) p.title = extra.title;
    if (extra.unit && !p.unit) p.unit = extra.unit;
    if (extra.phones) p.phones = { ...extra.phones, ...(p.phones ?? {}) };
    return p;
  }

  unit(name: string): UnitDraft {
    return this.named(this.units, "unit", name);
  }

  role(name: string): RoleDraft {
    return this.named(this.roles, "role", name);
  }

  /** A group; the first one found may take a conventional id (`leading-group`). */
  group(name: string, id?: string): GroupDraft {
    return this.named(this.groups, "group", name, id && !this.groups.some((x) => x.id === id) ? id : undefined);
  }

  externalBody(name: string): ExternalDraft {
    return this.named(this.external, "external", name);
  }

  /** The entity of this kind with this name, or a new one with a readable id. */
  private named<T extends { id: string; name: string }>(list: T[], kind: EntityKind, name: string, id?: string): T {
    const key = clean(name);
    const known = this.byName.get(key);
    const found = known?.kind === kind ? list.find((x) => x.id === known.id) : undefined;
    if (found) return found;
    const made = { id: id ?? this.ids.make(key, kind), name: key } as T;
    list.push(made);
    this.byName.set(key, { kind, id: made.id });
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
