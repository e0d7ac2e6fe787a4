import type { ImportWords } from "../../locale/import-words.js";
import type { FormDraft } from "../draft/draft-types.js";
import type { Registry } from "../draft/registry.js";

/**
 * Forms: every title in 《…表》 (or "the … Log" in English) is declared as a
 * form; a blank table under a form's title gives its fields (the header cells,
 * or the left column of a two-column slip) and its number of blank rows. A
 * form known only by its title gets one field and a note to fill them in.
 */
export function formsInText(text: string, words: ImportWords, reg: Registry): number {
  let n = 0;
  for (const m of text.matchAll(words.formTitle)) {
    const title = (m[1] ?? m[2] ?? "").trim();
    if (title.length < 2 || /^(?:中华人民共和国|关于)/u.test(title) || /(?:法|条例|办法|规定|方案|预案|意见|通知)$/u.test(title)) continue;
    reg.form(title);
    n++;
  }
  return n;
}

export function formFromTable(title: string, rows: readonly (readonly string[])[], reg: Registry): FormDraft {
  const form = reg.form(title);
  const slip = rows.every((r) => r.length === 2 && (r[1] ?? "").trim() === "");
  const names = (slip ? rows.map((r) => r[0] ?? "") : (rows[0] ?? [])).map((s) => s.trim()).filter(Boolean);
  if (form.fields.length === 0) form.fields = [...new Set(names)].map((name) => ({ name, type: fieldType(name) }));
  if (!slip && rows.length > 1) form.rows = Math.min(rows.length - 1, 500);
  return form;
}

function fieldType(name: string): string {
  if (/签名|签字|signature|initials/iu.test(name)) return "signature";
  if (/时间|date and time|time done/iu.test(name)) return "datetime";
  if (/日期|^date$/iu.test(name)) return "date";
  if (/电话|手机|phone/iu.test(name)) return "phone";
  if (/网址|链接|url|web/iu.test(name)) return "url";
  if (/^(?:序号|no\.?)$/iu.test(name)) return "number";
  if (/摘要|内容|情况|意见|结果|details|summary|question|description|justification/iu.test(name)) return "long-text";
  if (/人$|^(?:by|name)$|\bby$/iu.test(name)) return "person";
  return "text";
}

/** Every declared form has at least one field: those known only by title get a stand-in and a note. */
export function completeForms(reg: Registry): void {
  reg.forms.forEach((f, i) => {
    if (f.fields.length > 0) return;
    f.fields = [{ name: /\p{Script=Han}/u.test(f.title) ? "内容" : "Entry", type: "long-text" }];
    reg.check(["forms", i, "fields"], "the plan names this form but does not show it: list its fields");
  });
}
