import * as z from "zod";

/**
 * zod, configured once for every schema: without its per-schema compiled fast
 * path. zod compiles one with `new Function` the first time an object schema
 * parses; a build parses one file per organisation, so compiling costs more
 * than it saves (20–40 ms in a fresh process against 7–20 ms without, and the
 * same ~2 ms per file once warm). The setting is read when a schema is made,
 * so every schema module takes zod from here.
 */
z.config({ jitless: true });

export { z };
