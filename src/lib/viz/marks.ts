/**
 * Marker shapes shared by the canvas scatter plot and the SVG legends, so a legend swatch is
 * exactly the mark it names. `cross` is a diagonal ×, stroked; circle and square are filled.
 */
import type { MarkShape } from './types';

/** An SVG path of `shape` of radius `r` centred on the origin. */
export function markPath(shape: MarkShape, r: number): string {
	if (shape === 'square') return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
	if (shape === 'cross') return `M${-r},${-r}L${r},${r}M${-r},${r}L${r},${-r}`;
	return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
}

/** Whether `shape` is drawn by its stroke rather than its fill. */
export function isStroked(shape: MarkShape): boolean {
	return shape === 'cross';
}

/**
 * Adds `shape` at (x, y) to the current canvas path; the caller fills (circle, square) or
 * strokes (cross) once per batch, which keeps thousands of points fast.
 */
export function traceMark(
	ctx: CanvasRenderingContext2D,
	shape: MarkShape,
	x: number,
	y: number,
	r: number
): void {
	if (shape === 'square') {
		ctx.rect(x - r, y - r, 2 * r, 2 * r);
	} else if (shape === 'cross') {
		ctx.moveTo(x - r, y - r);
		ctx.lineTo(x + r, y + r);
		ctx.moveTo(x - r, y + r);
		ctx.lineTo(x + r, y - r);
	} else {
		ctx.moveTo(x + r, y);
		ctx.arc(x, y, r, 0, 2 * Math.PI);
	}
}
