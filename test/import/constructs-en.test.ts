import { describe, expect, it } from "vitest";
import { importText } from "./helpers.js";

/** The same constructs in an English plan: outline numbering, PIO and Incident Commander, levels, appendices. */
describe("import: English plans", () => {
  const plan = [
    "# Riverside County Crisis Communications Plan",
    "",
    "Version 2.1 · Effective March 1, 2026",
    "",
    "## I. Purpose",
    "",
    "This plan sets out how the county informs the public during an emergency.",
    "",
    "## II. Roles",
    "",
    "A. Public Information Officer. The Public Information Officer (Jane Smith) speaks for the county.",
    "",
    "B. Incident Commander. The Incident Commander approves every release.",
    "",
    "| Position | Name | Mobile | Office |",
    "|---|---|---|---|",
    "| Public Information Officer | Jane Smith | 970-555-0111 | 970-555-0110 |",
    "| Incident Commander | Tom Baker | 970-555-0121 | |",
    "",
    "## III. Procedures",
    "",
    "A. Activation. When an incident needs coordinated information, the Incident Commander notifies the Public Information Officer immediately. The Public Information Officer issues an initial statement within 1 hour, and fills in the Media Inquiry Log. The Research Team Leader sends a summary of rumors to the Public Information Officer four times a day.",
    "",
    "## IV. Levels",
    "",
    "| Level | Criteria | Report to | Report within |",
    "|---|---|---|---|",
    "| Level 3 | Situations that need every available officer. | Incident Commander | 30 min |",
    "| Level 2 | Situations that need more staff than the agency has. | Incident Commander | 1 h |",
    "| Level 1 | A limited response. | Public Information Officer | 2 h |",
    "",
    "IX. Appendix A",
    "",
    "Media Inquiry Log",
    "",
    "| Date and time | Reporter | Question | Answered by |",
    "|---|---|---|---|",
    "| | | | |",
    "| | | | |",
  ].join("\n");
  const d = importText(plan, "plan.md");

  it("validates, reads the title, version and effective date, and the outline scheme", () => {
    expect(d.errors).toEqual([]);
    expect(d.data.locale).toBe("en-GB");
    expect(d.data.document).toMatchObject({ title: "Riverside County Crisis Communications Plan", version: "2.1", effective_date: "2026-03-01" });
    expect(d.data.organisation.name).toBe("Riverside County");
    expect(d.raw.plan.numbering).toBe("outline");
    expect(d.raw.plan.sections.map((s: any) => s.title)).toEqual(["Purpose", "Roles", "Procedures", "Levels"]);
  });

  it("reads posts and their holders with phones (PIO, Incident Commander)", () => {
    const jane = d.data.people.find((p) => p.name === "Jane Smith");
    expect(jane?.phones).toEqual({ mobile: "970-555-0111", office: "970-555-0110" });
    expect(d.data.roles.find((r) => r.name === "Public Information Officer")?.holders).toEqual([jane?.id]);
    expect(d.data.roles.find((r) => r.name === "Incident Commander")?.holders).toEqual([d.data.people.find((p) => p.name === "Tom Baker")?.id]);
  });

  it("turns sentences into steps with deadlines, frequencies, recipients and forms", () => {
    const proc = d.data.procedures.find((p) => p.name === "Activation");
    const pio = d.data.roles.find((r) => r.name === "Public Information Officer")?.id;
    const ic = d.data.roles.find((r) => r.name === "Incident Commander")?.id;
    expect(proc?.steps[0]).toMatchObject({ when: "when an incident needs coordinated information", actor: [ic], to: [pio], deadline: { kind: "vague", term: "immediately" } });
    expect(proc?.steps[1]).toMatchObject({ actor: [pio], deadline: { kind: "within", duration: { minutes: 60 } } });
    expect(d.data.forms.find((f) => f.id === proc?.steps[1]?.record)?.title).toBe("Media Inquiry Log");
    expect(proc?.steps[2]?.frequency).toMatchObject({ kind: "times", times: 4, per: "day" });
  });

  it("reads levels from a level table, and an appendix form with its fields", () => {
    expect(d.data.levels.map((l) => [l.name, l.rank, l.respond_within?.kind === "within" ? l.respond_within.duration.minutes : undefined])).toEqual([["Level 3", 1, 30], ["Level 2", 2, 60], ["Level 1", 3, 120]]);
    const form = d.data.forms.find((f) => f.title === "Media Inquiry Log");
    expect(form?.fields.map((f) => f.name)).toEqual(["Date and time", "Reporter", "Question", "Answered by"]);
    expect(d.data.attachments[0]).toMatchObject({ kind: "form", form: form?.id, label: "IX. Appendix A" });
  });
});
