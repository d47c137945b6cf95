/**
 * d3-axis in our house style: tick labels with `fmtShort`, the page's font and colour
 * (d3-axis already draws with currentColor), a size fit for the room.
 */
import { select, type Axis, type NumberValue } from 'd3';
import { fmtShort } from './format';

/** Draws `axis` into `g`, with ticks formatted by `format` (fmtShort) at `fontSize` px. */
export function drawAxis(
	g: SVGGElement,
	axis: Axis<NumberValue>,
	fontSize: number,
	format: (v: number) => string = fmtShort
): void {
	axis.tickFormat((v) => format(Number(v)));
	const sel = select(g).call(axis);
	sel.attr('font-size', fontSize).attr('font-family', null);
	sel.selectAll('.tick line, .domain').attr('stroke-opacity', 0.6);
}
