import { Matrix, transpose } from '$lib/core';
import type { HeatmapHighlight } from '$lib/viz/types';
import type { ScaleKind } from '$lib/viz/colors';
import { shapeUnicode } from '$lib/viz/format';
import type { AttentionObservation } from './sim/attention-sim';
import type { Stage } from './sim/self-attention';
import { rowArgmax, rowSums } from './view-terms';

/**
 * Which matrices each frame shows, in reading order with the operators between them, and which
 * row, column or cell of each lights up for the focused cell. Pure: the views only draw this.
 */

export type PanelId =
	| 'E'
	| 'PE'
	| 'X'
	| 'Q'
	| 'K'
	| 'V'
	| 'Kt'
	| 'S'
	| 'Ss'
	| 'Sm'
	| 'A'
	| 'sum'
	| 'out'
	| 'concat'
	| 'Y'
	| 'Xn';

export interface Panel {
	kind: 'panel';
	id: PanelId;
	/** The name in plain text, e.g. 'S′ = S/√dₖ'; the shape is added by {@link panelTitle}. */
	name: string;
	m: Matrix;
	scale: ScaleKind;
	domain?: [number, number];
	/** Token labels on the rows and/or columns. */
	rowTokens: boolean;
	colTokens: boolean;
	/**
	 * The rows are those of the panel just before it, level with it: row labels may be left out
	 * where space is short (presenter mode), since the neighbour's labels name the same rows.
	 */
	sameRows?: boolean;
	/** Hidden entries (hatched): the keep mask is 0 there. */
	masked?: (r: number, c: number) => boolean;
}

export interface Operator {
	kind: 'op';
	text: string;
}

export type FigureItem = Panel | Operator;

/** The focused cell, in the coordinates of the frame's result matrix (row i, column j). */
export interface Focus {
	i: number;
	j: number;
}

/** 'Q ∈ ℝ¹²ˣ⁸'. */
export function panelTitle(p: Panel): string {
	return `${p.name} ∈ ${shapeUnicode(p.m.rows, p.m.cols)}`;
}

const op = (text: string): Operator => ({ kind: 'op', text });

/** The matrices and operators of one frame, for the selected head (empty before 'embed'). */
export function stageItems(obs: AttentionObservation): FigureItem[] {
	const h = obs.heads?.[obs.head];
	const n = obs.shape.n;
	const keep = obs.mask?.keep;
	const hidden = keep ? (r: number, c: number) => keep[r * n + c] === 0 : undefined;
	const P = (
		id: PanelId,
		name: string,
		m: Matrix | undefined,
		extra: Partial<Panel> = {}
	): Panel | null =>
		m
			? {
					kind: 'panel',
					id,
					name,
					m,
					scale: 'diverging',
					rowTokens: true,
					colTokens: false,
					...extra
				}
			: null;
	const items = (...xs: (FigureItem | null)[]) => xs.filter((x): x is FigureItem => x !== null);

	switch (obs.stage) {
		case 'tokens':
			return [];
		case 'embed':
			return items(
				P('E', 'E', obs.embedded),
				op('+'),
				P('PE', 'PE', obs.positions),
				op('='),
				P('X', 'X', obs.X)
			);
		case 'project':
			return items(
				P('X', 'X', obs.X),
				op('→'),
				P('Q', 'Q = XW_Q', h?.Q),
				P('K', 'K = XW_K', h?.K),
				P('V', 'V = XW_V', h?.V)
			);
		case 'score':
			return items(
				P('Q', 'Q', h?.Q),
				op('·'),
				P('Kt', 'Kᵀ', h?.K && transpose(h.K), { rowTokens: false, colTokens: true }),
				op('='),
				P('S', 'S = QKᵀ', h?.scores, { colTokens: true })
			);
		case 'scale':
			return items(
				P('S', 'S', h?.scores, { colTokens: true }),
				op(`÷ √${obs.shape.dHead}`),
				P('Ss', 'S′ = S/√dₖ', h?.scaled, { colTokens: true, rowTokens: false, sameRows: true })
			);
		case 'mask':
			return items(
				P('Ss', 'S′', h?.scaled, { colTokens: true }),
				op('+'),
				P('Sm', 'S″ = S′ + M', h?.masked, {
					colTokens: true,
					rowTokens: false,
					sameRows: true,
					masked: hidden
				})
			);
		case 'softmax': {
			const A = h?.weights;
			return items(
				P('Sm', 'S″', h?.masked, { colTokens: true, masked: hidden }),
				op('→'),
				P('A', 'A = softmax(S″)', A, {
					colTokens: true,
					rowTokens: false,
					sameRows: true,
					scale: 'sequential',
					domain: [0, 1],
					masked: hidden
				}),
				A ? P('sum', 'Σⱼ', new Matrix(n, 1, Float64Array.from(rowSums(A))), sumExtra) : null
			);
		}
		case 'mix':
			return items(
				P('A', 'A', h?.weights, {
					colTokens: true,
					scale: 'sequential',
					domain: [0, 1],
					masked: hidden
				}),
				op('·'),
				P('V', 'V', h?.V, { rowTokens: true }),
				op('='),
				P('out', 'AV', h?.out)
			);
		case 'output':
			return items(
				P('concat', 'Concat(head₁…)', obs.concat),
				op('· W_O ='),
				P('Y', 'Y', obs.projected),
				op('→ X + Y ='),
				P('Xn', 'X′', obs.output)
			);
	}
}

/** The panels a frame is about, drawn largest in presenter mode. */
export function mainPanels(stage: Stage): PanelId[] {
	const main: Record<Stage, PanelId[]> = {
		tokens: [],
		embed: ['X'],
		project: ['Q', 'K', 'V'],
		score: ['S'],
		scale: ['S', 'Ss'],
		mask: ['Ss', 'Sm'],
		softmax: ['Sm', 'A', 'sum'],
		mix: ['A'],
		output: ['Y']
	};
	return main[stage];
}

const sumExtra: Partial<Panel> = {
	rowTokens: false,
	colTokens: false,
	scale: 'sequential',
	domain: [0, 1]
};

/** The result matrix's default focus: the query row, at its largest entry for n×n results. */
export function defaultFocus(obs: AttentionObservation): Focus {
	const i = Math.max(0, obs.queryIndex);
	const result = resultMatrix(obs);
	if (result && result.cols === obs.shape.n && result.rows === obs.shape.n) {
		return { i, j: rowArgmax(result, i).index };
	}
	return { i, j: 0 };
}

/** The matrix whose cells the frame computes (the last panel, the weights at 'softmax'). */
export function resultMatrix(obs: AttentionObservation): Matrix | undefined {
	const panels = stageItems(obs).filter((x): x is Panel => x.kind === 'panel');
	const main = panels.filter((p) => p.id !== 'sum');
	return main[main.length - 1]?.m;
}

/**
 * The focus after hovering cell (r, c) of a panel: the result's coordinates of that cell, with
 * the other coordinate kept where a panel only fixes one (a row of Q, a column of Kᵀ).
 */
export function focusFromPanel(
	stage: Stage,
	id: PanelId,
	r: number,
	c: number,
	prev: Focus
): Focus {
	if (stage === 'score' && id === 'Q') return { i: r, j: prev.j };
	if (stage === 'score' && id === 'Kt') return { i: prev.i, j: c };
	if (stage === 'mix' && id === 'A') return { i: r, j: prev.j };
	if (stage === 'mix' && id === 'V') return { i: prev.i, j: c };
	if (stage === 'project' && id === 'X') return { i: r, j: prev.j };
	if (stage === 'output' && id === 'concat') return { i: r, j: prev.j };
	if (id === 'sum') return { i: r, j: prev.j };
	return { i: r, j: c };
}

/** What panel `id` outlines for the focus: the row and column that make the result's cell. */
export function highlightFor(stage: Stage, id: PanelId, f: Focus): HeatmapHighlight {
	const cell = { cells: [[f.i, f.j]] as [number, number][] };
	switch (stage) {
		case 'project':
			return id === 'X' ? { row: f.i } : cell;
		case 'score':
			if (id === 'Q') return { row: f.i };
			if (id === 'Kt') return { col: f.j };
			return cell;
		case 'softmax':
			if (id === 'Sm') return { row: f.i };
			if (id === 'sum') return { cells: [[f.i, 0]] };
			return { row: f.i, cells: [[f.i, f.j]] };
		case 'mix':
			if (id === 'A') return { row: f.i };
			if (id === 'V') return { col: f.j };
			return cell;
		case 'output':
			return id === 'concat' ? { row: f.i } : cell;
		default:
			return cell;
	}
}
