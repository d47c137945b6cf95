import type { Surface } from './surfaces';
import { log10 } from '$lib/core/math';

/**
 * L sampled at the centres of an nx × ny grid of cells over the surface's window, row-major
 * with the row index following y (row 0 at the bottom): values[j · nx + i] = L(xᵢ, yⱼ),
 * xᵢ = x₀ + (i + ½)(x₁ − x₀)/nx, likewise yⱼ. The layout d3-contour and a height map expect.
 */
export function surfaceGrid(s: Surface, nx: number, ny: number): Float64Array {
	const out = new Float64Array(nx * ny);
	const [x0, x1] = s.domain.x;
	const [y0, y1] = s.domain.y;
	for (let j = 0; j < ny; j++) {
		const y = y0 + ((j + 0.5) * (y1 - y0)) / ny;
		for (let i = 0; i < nx; i++) out[j * nx + i] = s.value(x0 + ((i + 0.5) * (x1 - x0)) / nx, y);
	}
	return out;
}

/**
 * The loss on a log scale for colour and height: log₁₀ max(L, floor). The floor keeps the
 * minimum (L = 0) finite; `lossFloor` picks it five decades below the largest value.
 */
export function logLoss(v: number, floor: number): number {
	return log10(Math.max(v, floor));
}

/** max(1e-3, max(values) · 1e-5): the floor of `logLoss` for a grid. */
export function lossFloor(values: ArrayLike<number>): number {
	let top = 0;
	for (let i = 0; i < values.length; i++) if (values[i] > top) top = values[i];
	return Math.max(1e-3, top * 1e-5);
}
