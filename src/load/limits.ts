/** Hard limits on input, so hostile or broken files are refused with a clear message. */
export const LIMITS = {
  /** Largest data or template file accepted, in bytes. */
  maxFileBytes: 2 * 1024 * 1024,
  /** Deepest nesting of maps/sequences in a data file. */
  maxDepth: 40,
  /** Most YAML nodes (scalars + collections) in one file, aliases expanded. */
  maxNodes: 200_000,
  /** Most alias (*ref) uses in one file. */
  maxAliases: 100,
  /** Longest single text value, in characters. */
  maxStringLength: 20_000,
  /** Largest image file (PNG, JPEG, SVG) an attachment may name, in bytes. */
  maxImageBytes: 10 * 1024 * 1024,
  /** Deepest chain of `extends`. */
  maxExtendsDepth: 8,
  /** Largest font file accepted for `theme.fonts`, in bytes (CJK faces are 10–30 MB). */
  maxFontBytes: 64 * 1024 * 1024,
  /** Most characters of text the plan outline may print once references are expanded (≈ 1,600 full pages). */
  maxExpandedChars: 1_000_000,
  /** Most characters of Markdown one template may produce (the largest example plan is ≈ 17,000). */
  maxTemplateOutput: 2_000_000,
  /** Most helper and block calls while one template runs (an example document makes a few thousand). */
  maxTemplateCalls: 200_000,
  /** Most problems printed in one report (the summary still counts them all). */
  maxReported: 200,
} as const;
