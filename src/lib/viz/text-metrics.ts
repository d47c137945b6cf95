/**
 * Rough text widths for laying out SVG labels before they are drawn (no DOM needed, so
 * layout is the same in Node tests and the page).
 *
 * Limitations: an estimate, not a measurement: Latin glyphs count 0.6 em, CJK and
 * full-width glyphs 1 em. Good enough to reserve margins; never used to clip text.
 */

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += isWide(ch.codePointAt(0) ?? 0) ? 1 : 0.6;
	return em * fontSize;
}

/** The widest estimate among `texts`, 0 for none. */
export function maxTextWidth(texts: readonly string[] | undefined, fontSize: number): number {
	let w = 0;
	for (const t of texts ?? []) w = Math.max(w, textWidth(t, fontSize));
	return w;
}

function isWide(cp: number): boolean {
	return (
		(cp >= 0x1100 && cp <= 0x115f) ||
		(cp >= 0x2e80 && cp <= 0xa4cf) ||
		(cp >= 0xac00 && cp <= 0xd7a3) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xff60) ||
		(cp >= 0xffe0 && cp <= 0xffe6) ||
		cp >= 0x20000
	);
}
