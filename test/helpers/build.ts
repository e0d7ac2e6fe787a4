import { buildOrganisation, type OrganisationBuild } from "../../src/pipeline/build-organisation.js";

const cache = new Map<string, Promise<OrganisationBuild>>();

/** Builds an organisation in memory once per test file (documents × docx+pdf). */
export function built(file: string): Promise<OrganisationBuild> {
  let p = cache.get(file);
  if (!p) {
    p = buildOrganisation(file, { formats: ["pdf", "docx"] });
    cache.set(file, p);
  }
  return p;
}

export function output(b: OrganisationBuild, name: string): Uint8Array {
  const o = b.outputs.find((x) => x.path.endsWith(`/${name}`));
  if (!o) throw new Error(`no output ${name}; have ${b.outputs.map((x) => x.path).join(", ")}`);
  return o.bytes;
}

/** Removes all whitespace (PDF and DOCX break lines in different places). */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, "");
}
