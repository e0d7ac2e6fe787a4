import type { ImportWords } from "../../locale/import-words.js";
import type { Registry } from "../draft/registry.js";
import type { Phones } from "../draft/draft-types.js";
import { addPhone, findPhones, phoneKind } from "./phones.js";

/**
 * People named in sentences: 王建国（党委书记） / Mike Brennan (Lead PIO) /
 * the Lead Public Information Officer (Mike Brennan), with the phones written
 * after them; posts filled by people or by a class of people
 * (党政主要负责人由刘振华和何明远担任 / 科室舆情第一责任人由各科室主任担任).
 * Returns how many people the text named.
 */
export function readPeopleInText(text: string, words: ImportWords, reg: Registry): number {
  const found: Array<{ id: string; index: number }> = [];
  // 张三（校长） / 张三（校长，电话：139…）
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,4})[（(]([^（）()]{2,40})[）)]/gu)) {
    const name = trimLead(m[1] as string, words);
    if (!name) continue;
    const inner = m[2] as string;
    const title = inner.split(/[，,；;]/u)[0]?.replace(/^(?:职务|Title)[：:]/u, "").trim();
    const phones = phonesIn(inner);
    const p = reg.person(name, { ...(title && findPhones(title).length === 0 ? { title } : {}), ...(Object.keys(phones).length ? { phones } : {}) });
    found.push({ id: p.id, index: m.index ?? 0 });
  }
  // Jane Smith (Press Officer) / the Lead Public Information Officer (Mike Brennan)
  for (const m of text.matchAll(/((?:[A-Z][\w/'’&-]*\s+){0,6}[A-Z][\w/'’&-]*)\s+\(([^()]{2,60})\)/gu)) {
    const outer = (m[1] as string).replace(/^(?:The|the)\s+/u, "").trim();
    const inner = (m[2] as string).trim();
    const names = inner.split(/,\s*(?:and\s+)?|\s+and\s+/u).map((x) => x.trim());
    if (names.every((n) => words.personName.test(n))) {
      const role = reg.role(outer);
      for (const n of names) {
        const p = reg.person(n);
        role.holders = [...new Set([...(role.holders ?? []), p.id])];
        found.push({ id: p.id, index: m.index ?? 0 });
      }
    } else if (words.personName.test(outer)) {
      const title = inner.split(/[,;]/u)[0]?.trim();
      const p = reg.person(outer, { ...(title && findPhones(title).length === 0 ? { title } : {}), phones: phonesIn(inner) });
      found.push({ id: p.id, index: m.index ?? 0 });
    }
  }
  // 党政主要负责人由刘振华和何明远担任 (in any sentence of the paragraph)
  for (const held of text.matchAll(/(?:^|[。；;])\s*([\u4e00-\u9fa5]{2,20}?)由([^，。；]{2,40}?)(?:担任|兼任)/gu)) {
    const role = reg.role(held[1] as string);
    const names = (held[2] as string).split(/[、和及与,，]/u).map((s) => s.trim()).filter(Boolean);
    if (names.length > 0 && names.every((n) => words.personName.test(n))) {
      role.holders = [...new Set([...(role.holders ?? []), ...names.map((n) => reg.person(n).id)])];
    } else if (!role.holders_text && !(role.holders ?? []).length) role.holders_text = held[2] as string;
  }
  // Phones written after a person belong to the nearest one before them.
  if (found.length > 0) {
    for (const m of text.matchAll(/(手机|电话|办公|值班|Mobile|Phone|Tel|Office|Duty)?[：:\s]*((?:\+\d{1,3}[\s-]?)?[\d(][\d\s().-]{5,}\d)/giu)) {
      const phone = findPhones(m[2] as string)[0];
      if (!phone) continue;
      const owner = [...found].reverse().find((f) => f.index < (m.index ?? 0));
      if (!owner) continue;
      const person = reg.people.find((p) => p.id === owner.id);
      if (person && !Object.values(person.phones ?? {}).includes(phone)) {
        const phones: Phones = { ...(person.phones ?? {}) };
        addPhone(phones, phone, phoneKind(phone, m[1] ?? ""));
        person.phones = phones;
      }
    }
  }
  return found.length;
}

function phonesIn(text: string): Phones {
  const phones: Phones = {};
  for (const part of text.split(/[，,；;]/u)) for (const p of findPhones(part)) addPhone(phones, p, phoneKind(p, part));
  return phones;
}

/** The name at the end of a run of characters before a bracket: 由王建国 → 王建国, 、刘伟 → 刘伟. */
function trimLead(s: string, words: ImportWords): string | undefined {
  for (let k = Math.min(4, s.length); k >= 2; k--) {
    const tail = s.slice(s.length - k);
    if (words.personName.test(tail) && !/^(?:由|任|和|及|为|在|请)/u.test(tail)) return tail;
  }
  return undefined;
}
