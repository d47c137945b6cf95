import type { Lang } from '$lib/timeline/url';

/** A run of text and, when it is in the other language, that language's tag. */
export interface Run {
	text: string;
	lang?: string;
}

// A Han character, then any more Han characters or CJK punctuation (，。、“”！？：；).
const HAN_RUN = /(\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]*)/u;

/**
 * Splits text so that Chinese quoted in an English page (tokens, sentences) can be marked
 * `lang="zh-CN"`: screen readers then switch voice, and browsers pick a CJK font. In the Chinese
 * page nothing is marked: Latin terms (SGD, token) are ordinary there.
 */
export function markForeign(text: string, page: Lang): Run[] {
	if (page === 'zh' || !HAN_RUN.test(text)) return [{ text }];
	return text
		.split(HAN_RUN)
		.filter((t) => t.length > 0)
		.map((t) => (HAN_RUN.test(t) ? { text: t, lang: 'zh-CN' } : { text: t }));
}
