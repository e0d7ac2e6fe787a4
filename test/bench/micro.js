// Warm per-stage timings for one organisation (node test/bench/micro.js [file] [rounds]).
import { buildOrganisation } from "../../dist/pipeline/build-organisation.js";
import { layoutDocument } from "../../dist/render/pdf/layout/layout-document.js";
import { renderPdf } from "../../dist/render/pdf/render-pdf.js";
import { renderDocx } from "../../dist/render/docx/render-docx.js";
import { selectTheme, themeOptionsFromData } from "../../dist/theme/select-theme.js";
import { outputDate } from "../../dist/pipeline/build-organisation.js";

const file = process.argv[2] ?? "data/examples/university.yaml";
const rounds = Number(process.argv[3] ?? 10);
const b = await buildOrganisation(file, { formats: [], treesOnly: true });
const opts = themeOptionsFromData(b.model.data, (p) => b.model.locate(p).file);
const date = outputDate(b.model);
const t = { load: 0, layout: 0, pdf: 0, docx: 0 };
for (let r = 0; r < rounds; r++) {
  let t0 = performance.now();
  await buildOrganisation(file, { formats: [], treesOnly: true });
  t.load += performance.now() - t0;
  for (const tree of b.trees) {
    const theme = selectTheme(tree.meta, opts);
    t0 = performance.now(); const layout = layoutDocument(tree, theme); t.layout += performance.now() - t0;
    t0 = performance.now(); await renderPdf(tree, theme, date, layout); t.pdf += performance.now() - t0;
    t0 = performance.now(); await renderDocx(tree, theme, date, null); t.docx += performance.now() - t0;
  }
}
for (const k in t) t[k] = Math.round(t[k] / rounds);
console.log(JSON.stringify(t));
