export * from "./primitives.js";
export * from "./timing.js";
export * from "./entities.js";
export * from "./plan-file.js";
export * from "./attachments.js";
export * from "./outline.js";
export * from "./levels.js";
export * from "./document.js";
