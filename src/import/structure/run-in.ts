/**
 * A numbered paragraph's title, if it has one: the whole paragraph when it is
 * short and has no sentence in it (一、工作原则), or a short first sentence
 * run into the text (1.准确把握、快速反应。网络舆情事件发生后… /
 * 1. Daily media monitoring. The OEM…). A first sentence with a comma in it,
 * or the only sentence, is text.
 */
export function splitRunIn(rest: string, bold: boolean): { title?: string; text?: string } {
  const t = rest.trim();
  if (t === "") return {};
  const han = /\p{Script=Han}/u.test(t);
  if (han) {
    if (t.length <= 30 && !/[。；;，,]/u.test(t.replace(/[。：:]$/u, "")) && (bold || !/。$/u.test(t))) {
      if (!/[：:]$/u.test(t) || t.length <= 12) return { title: t.replace(/[。：:.]$/u, "") };
    }
    // A short title, or two parallel phrases (提高认识，高度重视。…), then the text.
    const m = /^([^。；，,：:！？]{2,24})[。：:]\s*(.+)$/su.exec(t) ?? /^([^。；，,：:！？]{3,6}[，、][^。；，,：:！？]{3,6})[。：:]\s*(.+)$/su.exec(t);
    if (m && !/^(?:如|若|凡|当|对于?)/u.test(m[1] as string)) return { title: (m[1] as string).trim(), text: (m[2] as string).trim() };
    return { text: t };
  }
  if (t.length <= 60 && !/[.;:!?]\s/u.test(t) && !/[.;!?]$/u.test(t)) {
    if (bold || /^[A-Z0-9]/.test(t)) return { title: t.replace(/[:.]$/u, "") };
  }
  const m = /^([A-Z][^.,;:!?]{1,60}?)[.:]\s+(\S.*)$/su.exec(t);
  if (m && (m[1] as string).split(/\s+/).length <= 8) return { title: (m[1] as string).trim(), text: (m[2] as string).trim() };
  return { text: t };
}
