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
} as const;
