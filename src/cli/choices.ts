/** Values the CLI offers for `init --kind` and `--locale`. */
export const KINDS = ["public-opinion", "epidemic", "crisis-comms"] as const;
export const LOCALES = ["zh-CN", "en"] as const;
