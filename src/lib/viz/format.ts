/**
 * Number formatting for readouts, matrices and axes (DESIGN.md: three significant digits,
 * the sign shown for signed values, tabular figures in the CSS).
 *
 * The rule of `fmt`, chosen to stay short inside a matrix cell:
 * - 0.001 <= |v| < 10 000: plain decimals with `digits` significant digits, trailing zeros
 *   kept so a column lines up: 1.23, 0.0123, 1.50, 100, 1230;
 * - otherwise: `1.23e4`, `4.56e−5` (mantissa with `digits` significant digits);
 * - exact 0 is `0`; negatives use the real minus sign U+2212; NaN is `–` (U+2013),
 *   infinities `∞` and `−∞`.
 */

/** The minus sign U+2212, which lines up with + and digits, unlike the hyphen. */
export const MINUS = '\u2212';

/** `v` with `digits` significant digits (see the module rule). */
export function fmt(v: number, digits = 3): string {
	if (Number.isNaN(v)) return '\u2013';
	if (v === Infinity) return '∞';
	if (v === -Infinity) return MINUS + '∞';
	if (v === 0) return '0';
	const sign = v < 0 ? MINUS : '';
	return sign + fmtAbs(Math.abs(v), Math.max(1, Math.round(digits)));
}

/** Like `fmt`, always with a sign: +1.23, −0.5, +0. */
export function fmtSigned(v: number, digits = 3): string {
	if (Number.isNaN(v)) return fmt(v);
	const s = fmt(v, digits);
	return s.startsWith(MINUS) ? s : '+' + s;
}

/** A fraction as a percentage with `digits` significant digits: 0.8123 → 81.2%. */
export function fmtPercent(v: number, digits = 3): string {
	return fmt(v * 100, digits) + '%';
}

/** A matrix shape in TeX for KaTeX: shape(8, 16) → '\mathbb{R}^{8 \times 16}'; one dim → ℝ^{8}. */
export function shape(rows: number, cols?: number): string {
	return `\\mathbb{R}^{${cols === undefined ? rows : `${rows} \\times ${cols}`}}`;
}

/** A matrix shape as plain text: shapeText(8, 16) → '8×16'. */
export function shapeText(rows: number, cols?: number): string {
	return cols === undefined ? `${rows}` : `${rows}×${cols}`;
}

/** A matrix shape as plain text with ℝ and superscript digits: '8×16' → 'ℝ⁸ˣ¹⁶'. */
export function shapeUnicode(rows: number, cols?: number): string {
	return 'ℝ' + [...shapeText(rows, cols)].map((ch) => SUPERSCRIPT[ch] ?? ch).join('');
}

const SUPERSCRIPT: Record<string, string> = {
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹',
	'×': 'ˣ'
};

function fmtAbs(a: number, digits: number): string {
	let exp = Math.floor(Math.log10(a));
	let mant = Number((a / 10 ** exp).toFixed(digits - 1));
	if (mant >= 10) {
		mant /= 10;
		exp += 1;
	}
	if (exp >= -3 && exp < 4) {
		const decimals = Math.max(0, digits - 1 - exp);
		return (mant * 10 ** exp).toFixed(decimals);
	}
	const e = exp < 0 ? MINUS + -exp : `${exp}`;
	return `${mant.toFixed(digits - 1)}e${e}`;
}

/** Like `fmt` without trailing zeros, for axis ticks and legends: 0.500 → 0.5, 2.00e4 → 2e4. */
export function fmtShort(v: number, digits = 3): string {
	return fmt(v, digits)
		.replace(/(\.\d*?)0+(?=$|e)/, '$1')
		.replace(/\.(?=$|e)/, '');
}

/**
 * An integer count such as a frame index, grouped by thousands with a narrow no-break space
 * from 10 000 up: 9999 → '9999', 20000 → '20 000', −1234567 → '−1 234 567'.
 */
export function fmtInt(v: number): string {
	if (!Number.isFinite(v)) return fmt(v);
	const n = Math.round(v);
	const digits = String(Math.abs(n));
	const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+$)/g, '\u202f') : digits;
	return (n < 0 ? MINUS : '') + grouped;
}
