import { it } from "vitest";
import fg from "fast-glob";
import { buildOrganisation } from "../src/pipeline/build-organisation.js";
import { personalNames } from "../src/compose/keep-names.js";
import { brokenTokens } from "../test/helpers/table-cells.js";
it("scan", async () => {
  let total = 0;
  for (const file of fg.sync(["data/examples/*.yaml", "data/county/*.yaml"])) {
    const b = await buildOrganisation(file, { formats: ["pdf", "docx"] });
    if (!b.model) continue;
    const names = personalNames(b.model);
    for (const doc of ["plan", "checklists", "contacts", "forms"]) {
      const pdf = b.outputs.find((o) => o.path.endsWith(`/${doc}.pdf`));
      const docx = b.outputs.find((o) => o.path.endsWith(`/${doc}.docx`));
      if (!pdf || !docx) continue;
      const r = await brokenTokens(pdf.bytes, docx.bytes, names);
      total += r.broken.length;
      console.log(`${b.id}/${doc}: ${r.broken.length} broken of ${r.tokens} tokens in ${r.cells} cells`);
      for (const x of r.broken.slice(0, 4)) console.log("   ", x);
    }
  }
  console.log("TOTAL", total);
}, 600000);
