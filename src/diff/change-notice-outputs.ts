import { documentTree } from "../compose/compose-document.js";
import { markdownToTree } from "../compose/markdown-to-tree.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { localeText } from "../locale/index.js";
import type { Model } from "../model/model.js";
import { renderTree, type Format } from "../pipeline/render-tree.js";
import { selectTheme, themeOptionsFromData } from "../theme/select-theme.js";
import type { Output } from "../write/write-outputs.js";
import type { Change } from "./change.js";
import { changeNoticeMarkdown } from "./change-notice.js";

/**
 * The change notice (修订说明) between two versions, as files named
 * `<id>/change-notice.<ext>`: composed as Markdown, parsed into the document
 * tree and rendered by the same function as every other document, with the
 * data's theme options. Used by `planwright diff --out` and by the page of
 * `planwright serve`.
 */
export async function changeNoticeOutputs(before: Model, after: Model, changes: readonly Change[], formats: readonly Format[]): Promise<{ outputs: Output[]; diagnostics: Diagnostic[] }> {
  const markdown = changeNoticeMarkdown(before, after, changes);
  const tree = documentTree(after, markdownToTree(markdown), { name: "change-notice", title: after.data.document.title, grid: localeText(after.data.locale).officialLayout });
  const theme = selectTheme(tree.meta, themeOptionsFromData(after.data, (path) => after.locate(path).file));
  return renderTree(tree, theme, { model: after, formats, path: `${after.data.id}/change-notice` });
}
