// Stands in for @noble/ciphers/aes in the bundle. pdfkit imports AES only to
// encrypt PDFs, which planwright never asks for; the real module builds its
// tables when loaded (~7 ms of every start-up).
const refuse = () => {
  throw new Error("PDF encryption is not available in planwright");
};
export const cbc = refuse;
export const ecb = refuse;
