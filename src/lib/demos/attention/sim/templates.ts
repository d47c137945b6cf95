/**
 * The words and sentence templates of the attention demo's corpus, in Chinese and English.
 *
 * A template is a list of tokens; a slot in braces is filled from a word list. Person templates
 * have two people of different gender, {A} and {B}, and a pronoun {P} whose gender picks one of
 * them. Animal templates have an animal {X}, a place {Y} and the pronoun 它 / it, which refers
 * to the animal. Every token written here is a lexicon word, so a template sentence splits back
 * into exactly these tokens.
 */

export type Lang = 'zh' | 'en';
export type Gender = 'f' | 'm';

export interface Template {
	id: string;
	lang: Lang;
	kind: 'person' | 'animal';
	tokens: string[];
}

/** People by language and gender; index i of one list pairs with index j of the other. */
export const PEOPLE: Record<Lang, Record<Gender, string[]>> = {
	zh: {
		m: ['小明', '小刚', '小军', '小强', '大伟', '阿杰'],
		f: ['小红', '小丽', '小芳', '小美', '小雪', '阿兰']
	},
	en: {
		m: ['Tom', 'John', 'David', 'Peter', 'Jack', 'Sam'],
		f: ['Mary', 'Lucy', 'Anna', 'Emma', 'Lily', 'Kate']
	}
};

export const PRONOUNS: Record<Lang, Record<Gender | 'it', string>> = {
	zh: { m: '他', f: '她', it: '它' },
	en: { m: 'he', f: 'she', it: 'it' }
};

/** Animals (the referent of 它 / it) and places (the distractor), by language. */
export const ANIMALS: Record<Lang, string[]> = {
	zh: ['动物', '小狗', '小猫', '小马', '小鸟', '兔子'],
	en: ['animal', 'dog', 'cat', 'horse', 'bird', 'rabbit']
};

export const PLACES: Record<Lang, string[]> = {
	zh: ['马路', '小河', '大桥', '广场', '街道'],
	en: ['street', 'road', 'river', 'bridge', 'square']
};

/** Fillers for the other slots: {O} objects (zh with their measure word), {J} and {K} states. */
export const FILLERS: Record<Lang, Record<string, string[][]>> = {
	zh: {
		O: [
			['本', '书'],
			['支', '笔'],
			['把', '伞'],
			['束', '花'],
			['个', '苹果'],
			['杯', '茶']
		],
		J: [['累'], ['害怕'], ['饿'], ['慢']],
		K: [['宽'], ['长'], ['挤'], ['黑']]
	},
	en: {
		O: [['book'], ['pen'], ['flower'], ['cake'], ['hat'], ['toy']],
		J: [['tired'], ['scared'], ['hungry'], ['slow']],
		K: [['wide'], ['long'], ['busy'], ['dark']]
	}
};

const t = (id: string, lang: Lang, kind: Template['kind'], text: string): Template => ({
	id,
	lang,
	kind,
	tokens: text.split(' ')
});

export const TEMPLATES: Template[] = [
	t('zh-gift', 'zh', 'person', '{A} 给 {B} 送 了 一 {O} ， {P} 很 喜欢'),
	t('zh-park', 'zh', 'person', '{A} 和 {B} 去 公园 ， {P} 走 得 很 快'),
	t('zh-tell', 'zh', 'person', '{A} 告诉 {B} ， {P} 明天 要 去 北京'),
	t('zh-dinner', 'zh', 'person', '{A} 请 {B} 吃饭 ， 因为 {P} 今天 很 高兴'),
	t('zh-lend', 'zh', 'person', '{A} 借 给 {B} 一 {O} ， {P} 很 高兴'),
	t('zh-saw', 'zh', 'person', '{A} 看见 {B} 在 看书 ， {P} 笑 了'),
	t('zh-cross', 'zh', 'animal', '那 只 {X} 没有 过 {Y} ， 因为 {P} 太 {J} 了'),
	t('zh-wide', 'zh', 'animal', '{Y} 太 {K} 了 ， {X} 过 不 去 ， {P} 只好 回家'),
	t('en-gift', 'en', 'person', '{A} gave {B} a {O} and {P} liked it'),
	t('en-park', 'en', 'person', '{A} and {B} went to the park , and {P} walked fast'),
	t('en-tell', 'en', 'person', '{A} told {B} that {P} would go to Beijing tomorrow'),
	t('en-dinner', 'en', 'person', '{A} invited {B} to dinner because {P} was happy today'),
	t('en-lend', 'en', 'person', '{A} lent {B} a {O} , and {P} was glad'),
	t('en-saw', 'en', 'person', '{A} saw {B} reading , and {P} smiled'),
	t('en-cross', 'en', 'animal', "The {X} didn't cross the {Y} because {P} was too {J}"),
	t('en-wide', 'en', 'animal', 'The {Y} was too {K} for the {X} , so {P} went home')
];

/** Sentence-final marks that a sentence may end with (or none). */
export const FINAL_MARKS: Record<Lang, string[]> = { zh: ['。', '！'], en: ['.', '!'] };
