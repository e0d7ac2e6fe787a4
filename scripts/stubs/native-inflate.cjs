// Stands in for tiny-inflate in the bundle: the same call, inflate(source, dest), done by Node's
// zlib instead of in JavaScript. unicode-trie inflates its tables with it when a module that holds
// one is loaded (linebreak's line-break classes; fontkit's shapers build three at load time), and
// fontkit's WOFF reader inflates tables with it. In cold JavaScript that was ~25 ms of every start.
const { inflateRawSync } = require("node:zlib");

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  if (!dest) return out;
  if (out.length > dest.length) throw new Error("Data error");
  dest.set(out);
  return out.length < dest.length ? dest.subarray(0, out.length) : dest;
};
