import type { LevelT, Model } from "./model.js";

/** The scale a level without `scale:` belongs to: the response scale, else the first declared, else the implicit one (""). */
export function defaultScale(model: Model): string {
  const scales = model.data.scales;
  return (scales.find((s) => (s.kind ?? "response") === "response") ?? scales[0])?.id ?? "";
}

/** The scale a level belongs to: its own, else the default one. */
export function scaleOf(model: Model, l: LevelT): string {
  return l.scale ?? defaultScale(model);
}

/** Levels of a scale (all when `scale` is undefined), most severe first. */
export function levelsOf(model: Model, scale?: string): LevelT[] {
  return model.data.levels.filter((l) => scale === undefined || scaleOf(model, l) === scale).sort((a, b) => a.rank - b.rank);
}
