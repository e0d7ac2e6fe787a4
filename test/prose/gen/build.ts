import { resolve } from "node:path";
import { stringify } from "yaml";
import { withSourceTexts } from "../../../src/load/source-overlay.js";
import { buildOrganisation, type OrganisationBuild } from "../../../src/pipeline/build-organisation.js";
import { composeOrganisation } from "./compose.js";
import type { OrgSpec } from "./spec.js";

/** Where generated organisations are said to be (nothing is written there: the text stands in for the file). */
const FILE = resolve("test/fixtures/prose/generated.yaml");

/** A generated organisation's data file, as YAML. */
export function organisationYaml(spec: OrgSpec): string {
  return stringify(composeOrganisation(spec), { lineWidth: 0 });
}

/** Builds a generated organisation through the real pipeline, in memory: its model and document trees. */
export function buildGenerated(spec: OrgSpec): Promise<OrganisationBuild & { yaml: string }> {
  const yaml = organisationYaml(spec);
  return withSourceTexts(new Map([[FILE, yaml]]), () => buildOrganisation(FILE, { formats: [], treesOnly: true })).then((b) => ({ ...b, yaml }));
}
