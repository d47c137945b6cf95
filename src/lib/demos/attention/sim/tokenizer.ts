/**
 * Splitting a sentence into tokens the model can look up.
 *
 * Chinese runs are split into words by longest match against the model's own lexicon (its names
 * and terms; `Intl.Segmenter` alone splits 小红 into 小|红), and whatever the lexicon does not
 * cover is split by `Intl.Segmenter` (one token per character where it is missing). In 'char'
 * mode every Chinese character is its own token. Latin text is split into words
 * (`didn't` stays one word) and lower-cased for lookup; punctuation marks are tokens of their own.
 *
 * Limitations: a lexicon entry wins over a longer dictionary word that contains it (了解 becomes
 * 了|解 because 了 is in the lexicon). Spans the lexicon does not cover are segmented by the
 * runtime's ICU data, which may differ between Node and a browser; sentences made only of
 * lexicon words, such as every training sentence, are split the same everywhere.
 */

export type TokenMode = 'word' | 'char';

/** One token: its surface text, its lookup key and where it sits in the input. */
export interface Token {
	/** The characters as written. */
	text: string;
	/** The lookup key: lower-cased for Latin words, the text itself otherwise. */
	key: string;
	/** Offsets into the input string, [start, end). */
	start: number;
	end: number;
}

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]+(?:'[A-Za-z]+)?|[0-9]+/y;
const SPACE = /\s/u;

/** The longest entry of the lexicon that the lexicon can hold (in characters). */
export function longestEntry(lexicon: ReadonlySet<string>): number {
	let max = 1;
	for (const w of lexicon) max = Math.max(max, [...w].length);
	return max;
}

type Segment = { segment: string; index: number };
type Segmenter = { segment(s: string): Iterable<Segment> };

function dictionarySegments(run: string): string[] {
	const Ctor = (Intl as unknown as { Segmenter?: new (l: string, o: object) => Segmenter })
		.Segmenter;
	if (!Ctor) return [...run];
	const seg = new Ctor('zh', { granularity: 'word' });
	return Array.from(seg.segment(run), (s) => s.segment);
}

/** Word-mode split of a run of Han characters starting at `offset` in the input. */
function splitHanWords(
	run: string,
	offset: number,
	lexicon: ReadonlySet<string>,
	maxLen: number
): Token[] {
	const out: Token[] = [];
	let gap = '';
	let gapStart = 0;
	const flushGap = () => {
		let at = gapStart;
		for (const w of dictionarySegments(gap)) {
			out.push({ text: w, key: w, start: offset + at, end: offset + at + w.length });
			at += w.length;
		}
		gap = '';
	};

	let p = 0;
	while (p < run.length) {
		let match = '';
		for (let len = Math.min(maxLen, run.length - p); len >= 1; len--) {
			const w = run.slice(p, p + len);
			if (lexicon.has(w)) {
				match = w;
				break;
			}
		}
		if (match) {
			if (gap) flushGap();
			out.push({ text: match, key: match, start: offset + p, end: offset + p + match.length });
			p += match.length;
		} else {
			if (!gap) gapStart = p;
			gap += run[p];
			p++;
		}
	}
	if (gap) flushGap();
	return out;
}

/**
 * The tokens of `text` in the given mode (see the module note). `lexicon` holds the Chinese
 * words to keep whole in 'word' mode; `maxLen` is its longest entry (computed if omitted).
 */
export function tokenize(
	text: string,
	mode: TokenMode,
	lexicon: ReadonlySet<string>,
	maxLen = longestEntry(lexicon)
): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (SPACE.test(ch)) {
			i++;
			continue;
		}

		if (HAN.test(ch)) {
			let j = i;
			while (j < text.length && HAN.test(text[j])) j++;
			const run = text.slice(i, j);
			if (mode === 'char') {
				for (let k = 0; k < run.length; k++) {
					out.push({ text: run[k], key: run[k], start: i + k, end: i + k + 1 });
				}
			} else {
				out.push(...splitHanWords(run, i, lexicon, maxLen));
			}
			i = j;
			continue;
		}

		LATIN_WORD.lastIndex = i;
		const m = LATIN_WORD.exec(text);
		if (m) {
			out.push({ text: m[0], key: m[0].toLowerCase(), start: i, end: i + m[0].length });
			i += m[0].length;
			continue;
		}

		// Anything else (punctuation, symbols, emoji) is one token per code point.
		const cp = String.fromCodePoint(text.codePointAt(i)!);
		out.push({ text: cp, key: cp, start: i, end: i + cp.length });
		i += cp.length;
	}
	return out;
}
