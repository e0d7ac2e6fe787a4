import { readStep } from "../recognise/steps.js";
import type { SectionNode } from "../structure/section-tree.js";
import type { AssembleContext } from "./assemble.js";
import type { ProcedureDraft, StepDraft } from "./draft-types.js";

/**
 * A numbered item or section whose sentences state rules becomes a
 * procedure: each clause that reads as a step is one; clauses before the
 * first step are its introduction, clauses after the last its closing, and a
 * clause between two steps stays a step in its own words (`text:`), done by
 * the actor before it. A section with no clear step stays text.
 */
export function procedureFrom(node: SectionNode, ctx: AssembleContext): ProcedureDraft | undefined {
  const paragraphs = node.content.flatMap((c) => (c.kind === "text" && !c.claimed ? [c.text] : []));
  if (paragraphs.length === 0) return undefined;
  const clauses = paragraphs.flatMap((p, i) => splitClauses(p).map((text) => ({ text, paragraph: i })));
  const steps: Array<StepDraft | undefined> = [];
  for (const c of clauses) steps.push(readStep(c.text, ctx, [...steps].reverse().find((x) => x?.actor?.length)?.actor));
  const firstStep = steps.findIndex((s) => s !== undefined);
  if (firstStep < 0) return undefined;
  let lastStep = steps.length - 1;
  while (steps[lastStep] === undefined) lastStep--;
  const intro = joinClauses(clauses.slice(0, firstStep));
  const outro = joinClauses(clauses.slice(lastStep + 1));
  const out: StepDraft[] = [];
  for (let i = firstStep; i <= lastStep; i++) {
    const step = steps[i];
    if (step) out.push(step);
    else {
      const before = out[out.length - 1]?.actor;
      out.push({ ...(before ? { actor: before } : {}), text: sentence(clauses[i]?.text ?? "") });
    }
  }
  const name = node.title ?? firstWords(paragraphs[0] ?? "");
  const proc: ProcedureDraft = { id: ctx.reg.ids.make(name, "procedure"), name, ...(intro ? { intro } : {}), steps: out, ...(outro ? { outro } : {}) };
  ctx.reg.procedures.push(proc);
  return proc;
}

/** Sentences, and the clauses of a sentence split by semicolons. */
function splitClauses(text: string): string[] {
  return text
    .split(/(?<=[。；;！？!?])|(?<=\.)\s+(?=[A-Z])|[，,](?=并(?:在|于|立即|及时|第一时间|迅速|向))/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function joinClauses(cs: ReadonlyArray<{ text: string; paragraph: number }>): string {
  let out = "";
  let last = -1;
  for (const c of cs) {
    out += last >= 0 && c.paragraph !== last ? `\n\n${c.text}` : last >= 0 && !/\p{Script=Han}/u.test(c.text) ? ` ${c.text}` : c.text;
    last = c.paragraph;
  }
  return out.trim();
}

function sentence(s: string): string {
  return s.replace(/[；;]$/u, "");
}

function firstWords(text: string): string {
  const t = text.replace(/^[“"]/u, "");
  return /\p{Script=Han}/u.test(t) ? t.slice(0, 12).replace(/[，。；、].*$/u, "") : t.split(/\s+/).slice(0, 5).join(" ").replace(/[,.;:]$/u, "");
}
