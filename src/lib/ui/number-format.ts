/** Three significant digits with tabular-friendly output; the real minus sign for negatives. */
export function fmt(v: number): string {
	if (!Number.isFinite(v)) return String(v);
	if (v === 0) return '0';
	const a = Math.abs(v);
	const s = a >= 1e5 || a < 1e-3 ? a.toExponential(2) : String(Number(a.toPrecision(3)));
	return (v < 0 ? '\u2212' : '') + s;
}
