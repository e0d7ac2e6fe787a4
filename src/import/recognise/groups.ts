import type { ImportWords } from "../../locale/import-words.js";
import type { GroupDraft } from "../draft/draft-types.js";
import type { Registry } from "../draft/registry.js";

/**
 * A group set up by the plan: 成立X领导小组（以下简称领导小组）, where it
 * sits (日常工作由X承担 / 办公室设在X), who leads it and who are its members —
 * in the sentence (由张三（校长）任组长，…为成员) or in lines after it
 * (组长：… 副组长：… 成员：…) — and what it does (领导小组负责…). Posts
 * become roles (组长, 副组长, 成员) held by the people named, or by the
 * class of people written (各部门负责人).
 */
export function readGroupFormed(text: string, words: ImportWords, reg: Registry): GroupDraft | undefined {
  const m = words.groupFormed.exec(text);
  if (!m) return undefined;
  const name = (m[1] as string).replace(/^[_＿\s]+/u, "").replace(/^(?:了|由)/u, "");
  const g = reg.group(name, reg.groups.length === 0 ? "leading-group" : undefined);
  g.kind = g.kind ?? (/领导小组|指挥部|委员会|Team|Committee/u.test(name) ? "leading-group" : "working-group");
  if (m[2]) {
    g.short_name = (m[2] as string).trim();
    reg.alias(g.short_name, g.name);
  }
  const host = words.hostUnit.exec(text.slice((m.index ?? 0) + m[0].length));
  if (host) {
    const unit = (host[1] as string).replace(/^(?:在|由)/u, "").trim();
    if (words.orgName.test(unit)) g.host_unit = reg.unit(unit).id;
  }
  readMembers(text, g, words, reg);
  readDuties(text, g);
  return g;
}

/** 由A任组长，B任副组长，C、D为成员 — or a line 组长：A / Chair: A. Returns whether it named a post. */
export function readMembers(text: string, g: GroupDraft, words: ImportWords, reg: Registry): boolean {
  let any = false;
  for (const post of words.groupPosts) {
    const patterns = [
      new RegExp(`(?:由|，|,|^)([^，。；,]{2,80}?)任(${post.word.source.replace(/^\^\(\?:|\)\$$/gu, "")})(?=[，。；,]|$)`, "u"),
      new RegExp(`(?:^|[，。；])([^，。；]{2,120}?)为(${post.word.source.replace(/^\^\(\?:|\)\$$/gu, "")})(?=[，。；,]|$)`, "u"),
      new RegExp(`^(${post.word.source.replace(/^\^\(\?:|\)\$$/gu, "")})\\s*[：:]\\s*(.+?)[。.；;]?$`, "u"),
    ];
    for (const [k, re] of patterns.entries()) {
      const m = re.exec(text.trim());
      if (!m) continue;
      const who = (k === 2 ? m[2] : m[1]) as string;
      const postWord = (k === 2 ? m[1] : m[2]) as string;
      addHolders(who.replace(/^由/u, ""), postWord, g, words, reg);
      any = true;
      break;
    }
  }
  return any;
}

function addHolders(who: string, postWord: string, g: GroupDraft, words: ImportWords, reg: Registry): void {
  const role = reg.role(`${g.short_name ?? g.name}${postWord}`);
  role.name = postWord;
  if (!(g.members ?? []).includes(role.id)) g.members = [...(g.members ?? []), role.id];
  const people: string[] = [];
  for (const part of who.split(/[、，,和及]/u)) {
    const s = part.trim();
    const named = /^([\u4e00-\u9fa5]{2,4})[（(]/u.exec(s)?.[1] ?? s;
    if (words.personName.test(named)) people.push(reg.person(named).id);
  }
  if (people.length > 0) role.holders = [...new Set([...(role.holders ?? []), ...people])];
  else if (!role.holders_text) role.holders_text = who.replace(/^[_＿]+/u, "").trim();
}

function readDuties(text: string, g: GroupDraft): void {
  const m = /(?:领导小组|小组|指挥部|办公室)(?:主要)?(?:职责|负责)[：:，]?(.+)$/u.exec(text);
  if (!m) return;
  const duties = (m[1] as string).split(/[；;]/u).map((s) => s.replace(/[。.]$/u, "").trim()).filter((s) => s.length >= 2);
  if (duties.length > 0) g.duties = [...(g.duties ?? []), ...duties];
}
