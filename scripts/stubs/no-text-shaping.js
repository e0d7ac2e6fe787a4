// Stands in for unicode-properties in the bundle. fontkit uses it for text
// shaping (font.layout), which planwright never calls: glyphs come straight
// from the cmap. The real module inflates its Unicode tables when loaded
// (~10 ms of every start-up). `isMark` answers false: fontkit's Glyph
// constructor asks it, and only shaping reads the answer.
const refuse = () => {
  throw new Error("text shaping is not available in planwright's bundle");
};
export const isMark = () => false;
export const getCategory = refuse;
export const getCombiningClass = refuse;
export const getScript = refuse;
export const getEastAsianWidth = refuse;
export const getNumericValue = refuse;
export const isAlphabetic = refuse;
export const isDigit = refuse;
export const isPunctuation = refuse;
export const isLowerCase = refuse;
export const isUpperCase = refuse;
export const isTitleCase = refuse;
export const isWhiteSpace = refuse;
export const isBaseForm = refuse;
export default { isMark, getCategory, getCombiningClass, getScript, getEastAsianWidth, getNumericValue, isAlphabetic, isDigit, isPunctuation, isLowerCase, isUpperCase, isTitleCase, isWhiteSpace, isBaseForm };
