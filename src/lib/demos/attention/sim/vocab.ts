import { corpusLexicon } from './corpus';
import { tokenize, type Token, type TokenMode } from './tokenizer';

/**
 * Token keys to ids and back. Id 0 is '<unk>', which every key outside the vocabulary maps to.
 */
export class Vocabulary {
	readonly tokens: readonly string[];
	readonly lexicon: ReadonlySet<string>;
	private readonly index: Map<string, number>;

	/** A vocabulary over `tokens` (tokens[0] must be '<unk>'); the lexicon is the corpus's. */
	constructor(tokens: readonly string[], lexicon: ReadonlySet<string> = corpusLexicon()) {
		if (tokens[0] !== '<unk>') throw new Error("Vocabulary: tokens[0] must be '<unk>'");
		this.tokens = tokens;
		this.lexicon = lexicon;
		this.index = new Map(tokens.map((t, i) => [t, i]));
	}

	get size(): number {
		return this.tokens.length;
	}

	/** The id of a key, 0 ('<unk>') for a key the model has never seen. */
	id(key: string): number {
		return this.index.get(key) ?? 0;
	}

	has(key: string): boolean {
		return this.index.has(key);
	}

	/** Splits `text` (see tokenize) and looks every token up. */
	encode(text: string, mode: TokenMode): { tokens: Token[]; ids: number[]; unknown: boolean[] } {
		const tokens = tokenize(text, mode, this.lexicon);
		const ids = tokens.map((t) => this.id(t.key));
		return { tokens, ids, unknown: tokens.map((t) => !this.index.has(t.key)) };
	}
}
