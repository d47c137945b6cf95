import { describe, expect, it } from 'vitest';
import { markForeign } from './scripts';

describe('markForeign', () => {
	it('marks Chinese runs in an English page', () => {
		expect(markForeign('“她” gives its largest weight, 0.857, to “小红”.', 'en')).toEqual([
			{ text: '“' },
			{ text: '她”', lang: 'zh-CN' },
			{ text: ' gives its largest weight, 0.857, to “' },
			{ text: '小红”', lang: 'zh-CN' },
			{ text: '.' }
		]);
	});

	it('keeps a whole sentence with its punctuation together', () => {
		expect(markForeign('Sentence: 小明给小红送了一本书，她很喜欢', 'en')).toEqual([
			{ text: 'Sentence: ' },
			{ text: '小明给小红送了一本书，她很喜欢', lang: 'zh-CN' }
		]);
	});

	it('leaves English text and the Chinese page alone', () => {
		expect(markForeign('Adam on a bowl', 'en')).toEqual([{ text: 'Adam on a bowl' }]);
		expect(markForeign('SGD 在碗形曲面上', 'zh')).toEqual([{ text: 'SGD 在碗形曲面上' }]);
	});
});
