import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../src/model/json-schema.js";

describe("the shipped JSON Schema", () => {
  it("is generated from the current data schema (run `npm run schema` after changing it)", () => {
    const shipped = JSON.parse(readFileSync("schema/planwright.schema.json", "utf8")) as unknown;
    expect(shipped).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
  });

  it("is referenced from every example for editor completion", () => {
    for (const f of ["university", "township", "school-epidemic", "town", "prison", "crisis-comms", "hospital", "price-bureau", "utilities-company", "mesa-county-jic", "borough-council"]) {
      expect(readFileSync(`data/examples/${f}.yaml`, "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../../schema/planwright.schema.json");
    }
  });

  it("tells an editor that phone numbers may be written without quotes and ranks are numbers", () => {
    const s = planJsonSchema() as { properties: Record<string, { items: { properties: Record<string, { properties?: Record<string, { type: unknown }>; type?: unknown }> } }> };
    expect(s.properties.people!.items.properties.phones!.properties!.mobile!.type).toEqual(["string", "integer"]);
    expect(s.properties.levels!.items.properties.rank!.type).toBe("integer");
  });
});
