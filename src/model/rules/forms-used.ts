import { localeText } from "../../locale/index.js";
import type { DataPath } from "../../load/parse-yaml.js";
import { eachSection, eachStep } from "../references.js";
import { placeOf } from "../../diagnostics/place.js";
import { say } from "../../diagnostics/say.js";
import { eachText, findTextRefs } from "../text-refs.js";
import type { Model } from "../model.js";
import type { Rule } from "./rule.js";

/**
 * Every form the plan ships is used by it, and every form it uses is shipped.
 * A form is used when a step records it, a level reports on it, the duty keeps
 * its log on it, a section or an attachment shows it, or text cites it ({id.title}
 * or by its title). A form text cites by title (《…登记表》 / the … Log) that is
 * neither declared nor an attachment is one the reader is told to fill and
 * cannot find.
 */

function usedForms(model: Model): Set<string> {
  const d = model.data;
  const used = new Set<string>();
  eachStep(d, (s) => s.record && used.add(s.record));
  for (const l of d.levels) for (const id of l.report_via ?? []) used.add(id);
  if (d.duty?.log_form) used.add(d.duty.log_form);
  for (const a of d.attachments) if (a.form) used.add(a.form);
  eachSection(d, (s) => s.forms?.forEach((f) => used.add(f)));
  eachText(model.raw, (text) => {
    for (const r of findTextRefs(text)) used.add(r.id);
  });
  return used;
}

export const formsUsed: Rule = {
  id: "forms/unused",
  severity: "warning",
  description: "Every declared form is used by the plan.",
  check({ model, report }) {
    const used = usedForms(model);
    const t = localeText(model.data.locale);
    const cited = new Set<string>();
    eachText(model.raw, (text, path) => {
      if (path[0] === "forms") return;
      for (const m of text.matchAll(t.checks.formCitation)) cited.add((m[1] as string).trim());
    });
    model.data.forms.forEach((f, i) => {
      if (used.has(f.id) || cited.has(f.title)) return;
      report(["forms", i, "id"], say("form %{title} (`%{id}`) is declared but nothing in the plan uses it", { title: f.title, id: f.id }), say("Record it at the step that fills it (record: <form id>), list it in a section (forms:), or remove it."));
    });
  },
};

export const formsDeclared: Rule = {
  id: "forms/not-declared",
  severity: "warning",
  description: "Every form the text cites is declared or attached.",
  check({ model, report }) {
    const t = localeText(model.data.locale);
    // The contact sheet planwright builds is a document the text may cite (扎兰屯市第三中学应急联络表).
    const sheet = t.attachmentTitle("contacts", "");
    const titles = new Set([...model.data.forms.map((f) => f.title), ...model.data.attachments.flatMap((a) => (a.title ? [a.title] : [])), sheet, `${model.data.organisation.name}${sheet}`]);
    eachText(model.raw, (text, path: DataPath) => {
      const key = String(path[path.length - 1]);
      if (path[0] === "forms" || path[0] === "attachments" || path.includes("revisions") || path.includes("basis") || key === "note") return;
      for (const m of text.matchAll(t.checks.formCitation)) {
        const title = (m[1] as string).trim();
        if (titles.has(title)) continue;
        report(path, say("%{place} cites the form ‘%{title}’, which is neither declared in forms nor attached", { place: placeOf(path, model.raw), title }), say("Declare it under forms: (with its fields) and refer to it ({form-id.title}), or say what the reader should use."));
      }
    });
  },
};
