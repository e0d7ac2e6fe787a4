// One Typst compile in a fresh process, as a user would run it: node test/bench/typst-run.js
// MAIN.typ OUT.pdf FONT_DIR. Loads the node compiler (@myriaddreamin/typst-ts-node-compiler),
// gives it the fonts in FONT_DIR, sets MAIN.typ and writes the PDF.
import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";

const [main, out, fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: dirname(main), fontArgs: [{ fontPaths: [fonts] }] });
const result = compiler.compile({ mainFilePath: main });
if (!result.result) {
  const diagnostics = result.takeDiagnostics();
  process.stderr.write(`typst: ${JSON.stringify(diagnostics && compiler.fetchDiagnostics(diagnostics))}\n`);
  process.exit(1);
}
writeFileSync(out, compiler.pdf(result.result));
