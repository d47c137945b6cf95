/** Shared prop types of the viz components. */

/** One cell of a matrix view, by zero-based row and column. */
export interface HeatmapCell {
	row: number;
	col: number;
}

/** What a matrix view outlines in the accent colour. */
export interface HeatmapHighlight {
	row?: number;
	col?: number;
	cells?: [number, number][];
}

/** A marker shape; shapes tell categories apart without colour. */
export type MarkShape = 'circle' | 'cross' | 'square';

/** One entry of a category legend. `line` draws a stroke, with `dash` if given. */
export interface LegendItem {
	label: string;
	color: string;
	shape?: MarkShape | 'line';
	dash?: string;
}

/** One line of a line chart: `values[frame]`, NaN where not computed yet. */
export interface LineSeries {
	id: string;
	label: string;
	color: string;
	values: ArrayLike<number>;
	/** An SVG stroke-dasharray such as '6 4'. */
	dash?: string;
}

/** One layer of points of a scatter plot, flat `[x0, y0, x1, y1, ...]` in data units. */
export interface ScatterLayer {
	id: string;
	points: ArrayLike<number>;
	color: string;
	/** Marker radius in CSS px. */
	radius: number;
	shape?: MarkShape;
	opacity?: number;
	label: string;
}

/** Arrows from points, flat xy and flat dxdy in data units, drawn `scale` times longer. */
export interface ScatterArrows {
	from: ArrayLike<number>;
	vectors: ArrayLike<number>;
	color: string;
	scale: number;
}

/** A square-ish 2D data domain: [[xmin, xmax], [ymin, ymax]]. */
export type Domain2D = [[number, number], [number, number]];
