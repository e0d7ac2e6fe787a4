/**
 * What a section's body prints first, in the order `section-body.hbs` prints its parts: a
 * paragraph (text, a group's or a role's sentence, a procedure's intro …), the first of several
 * parallel paragraphs (two roles), a numbered list (a procedure's steps, a category's items, the
 * levels, the legal basis), what happens at its levels (their sentences: a paragraph, but a
 * section of its own, headed by the levels' names), something else (a table), or nothing. A
 * run-in heading needs a paragraph to run into; an article runs its number into its first
 * paragraph, never into a list.
 */
export type BodyStart = "text" | "parallel" | "list" | "response" | "other" | "none";

export type BodyParts = {
  readonly text: boolean;
  readonly group: boolean;
  readonly roles: number;
  readonly procedure: { readonly prose: boolean; readonly intro: readonly unknown[] } | null;
  readonly category: { readonly intro: readonly unknown[] } | null;
  readonly levels: boolean;
  /** Channels, duty or forms: sentences. */
  readonly sentences: boolean;
  /** The legal basis printed as a list (not placed in the text by {basis}). */
  readonly basisList: boolean;
  readonly units: boolean;
  /** What the response of the section's levels starts with. */
  readonly response: "text" | "list" | "none";
  readonly delegation: boolean;
  readonly review: boolean;
};

export function bodyStart(b: BodyParts): BodyStart {
  if (b.text || b.group) return "text";
  if (b.roles > 0) return b.roles > 1 ? "parallel" : "text";
  if (b.procedure) return b.procedure.prose || b.procedure.intro.length > 0 ? "text" : "list";
  if (b.category) return b.category.intro.length > 0 ? "text" : "list";
  if (b.levels) return "list";
  if (b.sentences) return "text";
  if (b.basisList) return "list";
  if (b.units) return "text";
  if (b.response !== "none") return b.response === "text" ? "response" : "list";
  if (b.delegation) return "other";
  if (b.review) return "text";
  return "none";
}
