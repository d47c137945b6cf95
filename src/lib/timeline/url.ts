import { formatParam, parseParam, paramEquals, defaults } from './schema';
import type { ParamsOf, Rejection, Schema } from './schema';

export type Lang = 'zh' | 'en';
export type Theme = 'light' | 'dark';

/** Everything a frame depends on, as carried by the query string. */
export interface SharedState<P> {
	params: P;
	seed: number;
	frame: number;
	lang?: Lang;
	theme?: Theme;
	present: boolean;
	/** Embed only: whether the player bar is shown. */
	controls: boolean;
}

/** One query parameter the page ignored, and why; shown to the reader. */
export interface Notice {
	key: string;
	value: string;
	reason: Rejection;
}

export const DEFAULT_SEED = 1;
const MAX_SEED = 2 ** 32 - 1;
/** Larger frames are still read, and clamped to the run's last frame by the page. */
const MAX_FRAME = 9_999_999_999;

function parseInteger(text: string, max: number): number | undefined {
	if (!/^\d{1,10}$/.test(text)) return undefined;
	const v = Number(text);
	return v <= max ? v : undefined;
}

/**
 * Reads the shared state from a query string. Never throws: a value that is unknown, of the
 * wrong type or out of range falls back to its default and is reported in `notices`.
 */
export function decodeQuery<S extends Schema>(
	schema: S,
	query: URLSearchParams
): { state: SharedState<ParamsOf<S>>; notices: Notice[] } {
	const params = defaults(schema) as Record<string, unknown>;
	const state: SharedState<ParamsOf<S>> = {
		params: params as ParamsOf<S>,
		seed: DEFAULT_SEED,
		frame: 0,
		present: false,
		controls: true
	};
	const notices: Notice[] = [];
	const seen = new Set<string>();

	for (const [key, value] of query) {
		if (seen.has(key)) continue;
		seen.add(key);
		const reject = (reason: Rejection) => notices.push({ key, value, reason });
		switch (key) {
			case 'seed': {
				const v = parseInteger(value, MAX_SEED);
				if (v === undefined) reject('range');
				else state.seed = v;
				break;
			}
			case 't': {
				const v = parseInteger(value, MAX_FRAME);
				if (v === undefined) reject('range');
				else state.frame = v;
				break;
			}
			case 'lang':
				if (value === 'zh' || value === 'en') state.lang = value;
				else reject('choice');
				break;
			case 'theme':
				if (value === 'light' || value === 'dark') state.theme = value;
				else reject('choice');
				break;
			case 'present':
			case 'controls':
				if (value !== '0' && value !== '1') reject('type');
				else state[key] = value === '1';
				break;
			default: {
				const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
				if (!spec) {
					reject('unknown');
					break;
				}
				const parsed = parseParam(spec, value);
				if (parsed.ok) params[key] = parsed.value;
				else reject(parsed.reason);
			}
		}
	}
	return { state, notices };
}

/**
 * Writes the shared state as a query string: the parameters that differ from their defaults,
 * the seed and frame when not 0/default, and the language, theme and presenter mode.
 */
export function encodeQuery<S extends Schema>(
	schema: S,
	state: SharedState<ParamsOf<S>>,
	options: { embed?: boolean } = {}
): URLSearchParams {
	const q = new URLSearchParams();
	const params = state.params as Record<string, unknown>;
	for (const [key, spec] of Object.entries(schema)) {
		const value = params[key];
		if (!paramEquals(spec, value, spec.default)) q.set(key, formatParam(spec, value));
	}
	if (state.seed !== DEFAULT_SEED) q.set('seed', String(state.seed));
	if (state.frame !== 0) q.set('t', String(state.frame));
	if (state.lang) q.set('lang', state.lang);
	if (state.theme) q.set('theme', state.theme);
	if (state.present) q.set('present', '1');
	if (options.embed && !state.controls) q.set('controls', '0');
	return q;
}
