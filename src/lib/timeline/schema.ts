/**
 * The parameter schema: one description of each parameter that draws the parameter panel,
 * encodes the URL and validates input. Labels are message functions (Paraglide), so the same
 * schema speaks both languages.
 */

/** A localised string: a Paraglide message called with no inputs. */
export type Msg = () => string;

interface ParamBase<T> {
	label: Msg;
	hint?: Msg;
	default: T;
	/** Shown folded under "more" in the panel. */
	advanced?: boolean;
	/** Kept in the URL but not drawn in the panel (set by dragging in a view, for example). */
	hidden?: boolean;
}

export interface NumberParam extends ParamBase<number> {
	kind: 'number';
	min: number;
	max: number;
	step: number;
	/** Draw the slider on a log scale (learning rates). */
	log?: boolean;
	integer?: boolean;
}

export interface ChoiceParam<T extends string = string> extends ParamBase<T> {
	kind: 'choice';
	choices: readonly { value: T; label: Msg }[];
}

export interface BooleanParam extends ParamBase<boolean> {
	kind: 'boolean';
}

export interface TextParam extends ParamBase<string> {
	kind: 'text';
	maxLength: number;
}

/** A value with its own compact string form, such as a point or a list of drawn points. */
export interface CustomParam<T = unknown> extends ParamBase<T> {
	kind: 'custom';
	encode(value: T): string;
	/** Returns undefined for a string that is not a valid encoding. Must never throw. */
	decode(text: string): T | undefined;
	equals?(a: T, b: T): boolean;
}

export type ParamSpec =
	| NumberParam
	| ChoiceParam<string>
	| BooleanParam
	| TextParam
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	| CustomParam<any>;

export type Schema = Record<string, ParamSpec>;

/** The value type of one parameter (widened: a number param holds any number). */
export type ValueOf<P extends ParamSpec> =
	P extends ChoiceParam<infer T>
		? T
		: P extends NumberParam
			? number
			: P extends BooleanParam
				? boolean
				: P extends TextParam
					? string
					: P extends CustomParam<infer T>
						? T
						: never;

export type ParamsOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

/** Identity that keeps the literal types of a schema. */
export function defineSchema<const S extends Schema>(schema: S): S {
	return schema;
}

export function defaults<S extends Schema>(schema: S): ParamsOf<S> {
	const out: Record<string, unknown> = {};
	for (const [key, spec] of Object.entries(schema)) out[key] = spec.default;
	return out as ParamsOf<S>;
}

export type Rejection = 'unknown' | 'type' | 'range' | 'choice' | 'length';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Rejection };

/** Parses one parameter from its URL text. Never throws. */
export function parseParam(spec: ParamSpec, text: string): Parsed<unknown> {
	switch (spec.kind) {
		case 'number': {
			if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) {
				return { ok: false, reason: 'type' };
			}
			const v = Number(text);
			if (!Number.isFinite(v)) return { ok: false, reason: 'type' };
			if (spec.integer && !Number.isInteger(v)) return { ok: false, reason: 'type' };
			if (v < spec.min || v > spec.max) return { ok: false, reason: 'range' };
			return { ok: true, value: v };
		}
		case 'choice':
			return spec.choices.some((c) => c.value === text)
				? { ok: true, value: text }
				: { ok: false, reason: 'choice' };
		case 'boolean':
			if (text === '1' || text === 'true') return { ok: true, value: true };
			if (text === '0' || text === 'false') return { ok: true, value: false };
			return { ok: false, reason: 'type' };
		case 'text':
			return text.length <= spec.maxLength
				? { ok: true, value: text }
				: { ok: false, reason: 'length' };
		case 'custom': {
			let value: unknown;
			try {
				value = spec.decode(text);
			} catch {
				value = undefined;
			}
			return value === undefined ? { ok: false, reason: 'type' } : { ok: true, value };
		}
	}
}

/** The URL text of a value; numbers as the shortest string that reads back the same. */
export function formatParam(spec: ParamSpec, value: unknown): string {
	switch (spec.kind) {
		case 'number':
			return String(value);
		case 'boolean':
			return value ? '1' : '0';
		case 'custom':
			return spec.encode(value);
		default:
			return String(value);
	}
}

export function paramEquals(spec: ParamSpec, a: unknown, b: unknown): boolean {
	if (spec.kind === 'custom')
		return spec.equals ? spec.equals(a, b) : spec.encode(a) === spec.encode(b);
	return a === b;
}

/** Clamps and snaps a number to its parameter's range, for sliders and typed input. */
export function clampNumber(spec: NumberParam, v: number): number {
	if (!Number.isFinite(v)) return spec.default;
	const c = Math.min(spec.max, Math.max(spec.min, v));
	return spec.integer ? Math.round(c) : c;
}
