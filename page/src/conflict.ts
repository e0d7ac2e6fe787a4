// What changed on disk, shown in the conflict notice before the choice (reload or overwrite):
// the change in rule terms (as `planwright diff` words it), and the lines that differ.
import { diffLines } from "diff";
import type { DiffResponse } from "../../src/serve/api-types.js";
import { api } from "./api.js";
import { t } from "./i18n.js";

const MAX_LINES = 60;

/** Fills `box` with what differs between `mine` (the text the page last had from disk) and `disk`. */
export async function showDiskChange(box: HTMLElement, path: string, mine: string, disk: string): Promise<void> {
  box.replaceChildren();
  if (mine === disk) {
    box.append(para(t("conflictSame")));
    return;
  }
  box.append(para(t("conflictDisk")));
  const rules = await api<DiffResponse>("diff", { path, before: mine, after: disk }).catch(() => null);
  if (rules && !rules.problems && rules.lines.length > 0) {
    box.append(para(t("conflictRules"), "conflict-rules-title"));
    const ul = box.appendChild(document.createElement("ul"));
    ul.className = "conflict-rules";
    for (const line of rules.lines) ul.appendChild(document.createElement("li")).textContent = line;
  }
  const details = box.appendChild(document.createElement("details"));
  details.className = "conflict-lines";
  const pre = document.createElement("pre");
  let places = 0;
  let shown = 0;
  let lineNo = 1;
  let inChange = false;
  for (const part of diffLines(mine, disk)) {
    const lines = part.value.replace(/\n$/, "").split("\n");
    const changed = part.added === true || part.removed === true;
    if (changed && !inChange) places++;
    inChange = changed;
    if (changed) {
      for (const l of lines) {
        if (shown++ >= MAX_LINES) break;
        const row = pre.appendChild(document.createElement("div"));
        row.className = part.added ? "added" : "removed";
        row.textContent = `${part.added ? "+" : "−"} ${String(lineNo).padStart(4)}  ${l}`;
      }
    }
    if (!part.removed) lineNo += lines.length;
  }
  if (shown > MAX_LINES) pre.appendChild(document.createElement("div")).textContent = "…";
  details.appendChild(document.createElement("summary")).textContent = t("conflictLines", { n: places });
  details.appendChild(pre);
  details.open = !(rules && !rules.problems && rules.lines.length > 0);
}

function para(text: string, className = ""): HTMLElement {
  const p = document.createElement("p");
  p.textContent = text;
  if (className) p.className = className;
  return p;
}
