// Prints the plan of a data file as plain Markdown, for the pandoc + LibreOffice baseline:
// the same content a user without planwright would write by hand.
import { loadModel } from "../../dist/model/load-model.js";
import { buildView } from "../../dist/compose/view/build-view.js";
import { loadTemplateSet } from "../../dist/compose/template-set.js";
import { compileTemplateSet } from "../../dist/compose/handlebars-env.js";

const { model } = loadModel(process.argv[2]);
const { set } = loadTemplateSet(model.data.locale);
const { compiled } = compileTemplateSet(set);
const markdown = compiled.documents.get("plan").render(buildView(model));
// pandoc does not know planwright's ::: containers; keep their text, drop the fences.
process.stdout.write(markdown.replace(/^:{3,}.*$/gm, "").replace(/ \|\| /g, "　"));
