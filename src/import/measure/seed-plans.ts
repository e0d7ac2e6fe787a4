/**
 * The five sample plans are kept in one Markdown file, one `## 篇X` part each;
 * each part imports as a plan of its own.
 */
export const SEED_EXAMPLES: Readonly<Record<string, string>> = {
  篇一: "university.yaml",
  篇二: "township.yaml",
  篇三: "school-epidemic.yaml",
  篇四: "town.yaml",
  篇五: "prison.yaml",
};

export function seedPlans(markdown: string): Array<{ name: string; text: string }> {
  const parts = markdown.split(/^## (篇[一二三四五])\s*$/mu);
  const out: Array<{ name: string; text: string }> = [];
  for (let i = 1; i + 1 < parts.length; i += 2) out.push({ name: parts[i] as string, text: (parts[i + 1] as string).trim() });
  return out;
}
