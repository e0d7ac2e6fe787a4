import type { DataPath, YamlSource } from "../load/parse-yaml.js";
import type { Located } from "./model.js";

/**
 * The raw data of one organisation — a single file, or a file merged with the
 * bases it extends — with a way back from any value path to file:line:col.
 */
export type DataSource = {
  /** The organisation's own file (what the user named). */
  readonly file: string;
  readonly value: unknown;
  /** Every file involved, bases first. */
  readonly sources: readonly YamlSource[];
  locate(path: DataPath): Located;
  locateKey(path: DataPath, key: string): Located;
};

export function singleSource(src: YamlSource): DataSource {
  return {
    file: src.file,
    value: src.value,
    sources: [src],
    locate: (path) => ({ file: src.file, position: src.locate(path) }),
    locateKey: (path, key) => ({ file: src.file, position: src.locateKey(path, key) }),
  };
}
