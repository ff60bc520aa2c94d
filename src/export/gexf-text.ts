/**
 * Text of a GEXF file (gexf.ts): values escaped for XML attributes, characters XML 1.0 does not
 * allow left out, and which values are written at all.
 */

/** Characters that XML escapes or does not allow, NEL, LS and surrogates (most often paired: valid), for a quick test. */
const SUSPECT = /[&<>"\u0000-\u001f\u0085\u2028\ud800-\udfff\ufffe\uffff]/;
/** What is written escaped and what XML 1.0 does not allow (with `u`, a surrogate pair is one character, a lone one matches). */
const UNSAFE = /[&<>"\t\n\r\u0085\u2028\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;
/**
 * Tab, LF and CR as references, which attribute-value normalisation keeps; so are NEL and LS,
 * legal in XML 1.0 but line ends in XML 1.1, which some readers (xmldom, graphology-gexf's) apply.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
};

/** A value for an XML attribute: escaped, characters XML 1.0 does not allow left out (a number needs neither). */
export function escapeXml(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return SUSPECT.test(value) ? value.replace(UNSAFE, (c) => ENTITIES[c] ?? '') : value;
}

/** A value attributes.ts writes: not absent, not empty, not a non-finite number. */
export const present = (value: string | number | undefined): value is string | number =>
  value !== undefined && value !== '' && (typeof value !== 'number' || Number.isFinite(value));

/** ` name="value"` for a value attributes.ts writes, else nothing. */
export const xmlAttribute = (name: string, value: string | number | undefined): string =>
  present(value) ? ` ${name}="${escapeXml(value)}"` : '';
