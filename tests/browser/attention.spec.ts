import { expect, test, type Page } from '@playwright/test';
import { frame, openDemo, ready, settledQuery, watchErrors } from './helpers';

const ZH = '小明给小红送了一本书，她很喜欢';
const EN = "The animal didn't cross the street because it was too tired";

/** Every softmax row the page shows (each `[data-weights]` matrix), as numbers. */
async function shownRows(page: Page): Promise<number[][]> {
	return page
		.locator('[data-weights]')
		.evaluateAll((els) =>
			els.flatMap((e) => JSON.parse((e as HTMLElement).dataset.weights as string) as number[][])
		);
}

/** The row sums the page prints beside the weights (the Σ column). */
async function shownSums(page: Page): Promise<number[]> {
	return page
		.locator('[data-row-sums]')
		.evaluateAll((els) =>
			els.flatMap((e) => JSON.parse((e as HTMLElement).dataset.rowSums as string) as number[])
		);
}

function expectRowsSumToOne(rows: number[][], where: string) {
	for (const [i, row] of rows.entries()) {
		const sum = row.reduce((s, v) => s + v, 0);
		expect(Math.abs(sum - 1), `${where}: row ${i} sums to ${sum}`).toBeLessThan(1e-6);
		for (const v of row) expect(v).toBeGreaterThanOrEqual(0);
	}
}

async function goToFrame(page: Page, f: number) {
	const scrubber = page.getByTestId('scrubber');
	await scrubber.focus();
	await page.keyboard.press('Home');
	for (let k = 0; k < f; k++) await page.keyboard.press('ArrowRight');
	await ready(page);
	expect(await frame(page)).toBe(f);
}

for (const lang of ['zh', 'en'] as const) {
	for (const [name, sentence] of [
		['zh', ZH],
		['en', EN]
	] as const) {
		test(`every frame of the ${name} preset in the ${lang} page shows softmax rows that sum to 1`, async ({
			page
		}) => {
			const errors = watchErrors(page);
			await openDemo(page, 'attention', `lang=${lang}&sentence=${encodeURIComponent(sentence)}`);
			const scrubber = page.getByTestId('scrubber');
			const last = Number(await scrubber.getAttribute('aria-valuemax'));
			expect(last).toBe(8);
			await scrubber.focus();
			await page.keyboard.press('Home');
			let sawWeights = false;
			for (let f = 0; f <= last; f++) {
				if (f > 0) await page.keyboard.press('ArrowRight');
				await ready(page);
				expect(await frame(page)).toBe(f);
				await expect(page.getByTestId('explain')).not.toBeEmpty();
				const rows = await shownRows(page);
				expectRowsSumToOne(rows, `frame ${f}`);
				for (const s of await shownSums(page)) expect(Math.abs(s - 1)).toBeLessThan(1e-6);
				if (rows.length > 0) sawWeights = true;
				if (f === 6) {
					// The softmax frame: the resolver head's pronoun row, and its read-out sum.
					const sum = Number(await page.getByTestId('attn-row-sum').getAttribute('data-row-sum'));
					expect(Math.abs(sum - 1)).toBeLessThan(1e-6);
				}
			}
			expect(sawWeights).toBe(true);

			const describe = await page.getByTestId('describe').textContent();
			if (name === 'zh') expect(describe).toMatch(/她.*小红/);
			else expect(describe).toMatch(/it.*animal/);
			await expect(page.getByTestId('attn-resolver')).toBeVisible();
			expect(errors).toEqual([]);
		});
	}
}

test('a copied URL reopens the same frame, sentence, head, query and mask', async ({
	page,
	context
}) => {
	const errors = watchErrors(page);
	await openDemo(page, 'attention', `lang=en&sentence=${encodeURIComponent(EN)}`);
	await page.getByTestId('attn-head-0').click();
	await page.getByTestId('attn-causal').check();
	await page.getByTestId('attn-token-1').click();
	await ready(page);
	await goToFrame(page, 6);

	const query = await settledQuery(page);
	expect(query.get('t')).toBe('6');
	expect(query.get('head')).toBe('0');
	expect(query.get('query')).toBe('1');
	expect(query.get('causal')).toBe('1');
	const rows = await shownRows(page);
	const describe = await page.getByTestId('describe').textContent();

	const again = await context.newPage();
	await again.goto(page.url());
	await ready(again);
	expect(await frame(again)).toBe(6);
	expect(await shownRows(again)).toEqual(rows);
	expect(await again.getByTestId('describe').textContent()).toBe(describe);
	// The causal mask hides every key after the query: weight exactly 0.
	for (const [i, row] of rows.slice(0, 11).entries()) {
		for (let j = i + 1; j < row.length; j++) expect(row[j]).toBe(0);
	}
	await again.close();
	expect(errors).toEqual([]);
});

test('cross-attention decodes step by step and its alignment rows sum to 1', async ({ page }) => {
	const errors = watchErrors(page);
	await openDemo(page, 'attention', `lang=en&mode=cross&sentence=${encodeURIComponent(ZH)}`);
	const scrubber = page.getByTestId('scrubber');
	const last = Number(await scrubber.getAttribute('aria-valuemax'));
	expect(last).toBeGreaterThan(3);
	await scrubber.focus();
	for (let f = 1; f <= last; f++) {
		await page.keyboard.press('ArrowRight');
		await ready(page);
		const rows = await shownRows(page);
		expect(rows.length).toBe(f);
		expectRowsSumToOne(rows, `step ${f}`);
		await expect(page.getByTestId('attn-decoded').locator('li')).toHaveCount(f);
	}
	expect(errors).toEqual([]);
});

test('a sparse pattern zeroes the weights it hides and keeps rows summing to 1', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openDemo(page, 'attention', 'lang=en&t=6&pattern=window&window=1');
	const rows = await shownRows(page);
	expect(rows.length).toBeGreaterThan(0);
	expectRowsSumToOne(rows, 'window 1');
	const n = rows[0].length;
	for (const [k, row] of rows.entries()) {
		const i = k % n;
		for (let j = 0; j < n; j++) if (Math.abs(i - j) > 1) expect(row[j]).toBe(0);
	}
	await page.getByTestId('attn-pattern-block').click();
	await ready(page);
	expect((await settledQuery(page)).get('pattern')).toBe('block');
	expectRowsSumToOne(await shownRows(page), 'block');
	expect(errors).toEqual([]);
});

test('moving the projected query recomputes its weights, and Escape puts it back', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openDemo(page, 'attention', 'lang=en&t=6');
	const readout = page.locator('.geometry .readout ol');
	const before = (await readout.textContent()) ?? '';
	const query = page.getByRole('button', { name: /^Query of/ });
	await query.focus();
	for (let k = 0; k < 15; k++) await page.keyboard.press('ArrowLeft');
	await expect(readout).not.toHaveText(before);
	// Moving the query in the picture changes the view only, never the frame or the link.
	expect(await frame(page)).toBe(6);
	await page.keyboard.press('Escape');
	await expect(readout).toHaveText(before);

	const box = (await query.locator('rect').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x - 120, box.y + 80, { steps: 5 });
	await page.mouse.up();
	await expect(readout).not.toHaveText(before);
	expect(errors).toEqual([]);
});

test('Chinese in the English page is marked as Chinese', async ({ page }) => {
	await openDemo(page, 'attention', 'lang=en&t=6');
	const stray = await page.getByTestId('attn-view').evaluate((root) => {
		const out: string[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || !/[\u4e00-\u9fff]/.test(n.textContent ?? '')) continue;
			if (el.closest('[lang^="zh"]')) continue;
			out.push((n.textContent ?? '').trim().slice(0, 40));
		}
		return out;
	});
	expect(stray).toEqual([]);
});

test('presenter mode draws a 16-token matrix with labels of at least 24 px', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	const sentence = 'Tom gave Mary a book and she liked it because it was a very good book';
	await openDemo(
		page,
		'attention',
		`lang=en&present=1&t=6&sentence=${encodeURIComponent(sentence)}`
	);
	const panel = page.locator('[data-panel="A"] svg');
	const size = await panel.evaluate((svg) => {
		const s = svg as SVGSVGElement;
		const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
		const label = s.querySelector('text.label') as SVGTextElement;
		return {
			scale,
			font: Number(s.getAttribute('font-size')),
			labels: s.querySelectorAll('text.label').length,
			h: label.getBoundingClientRect().height
		};
	});
	expect(size.labels).toBe(16);
	expect(size.font * size.scale).toBeGreaterThanOrEqual(24);
});

test('nothing in the figure or its explanation overflows a phone-width page', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const mode of ['self', 'cross']) {
		for (let t = 0; t <= 8; t++) {
			await openDemo(page, 'attention', `lang=en&mode=${mode}&t=${t}`);
			// Boxes that scroll on their own (term tables, matrices, formulas) may be wider.
			const right = await page.evaluate(() => {
				let max = 0;
				const roots = document.querySelectorAll(
					'[data-testid="attn-view"], [data-testid="explain"]'
				);
				for (const root of roots) {
					for (const el of root.querySelectorAll('*')) {
						if (el.closest('.scroll, .token-table, .formula, .panel')) continue;
						max = Math.max(max, el.getBoundingClientRect().right);
					}
				}
				return max;
			});
			expect(right, `${mode} frame ${t}`).toBeLessThanOrEqual(390);
			const page_ = await page.evaluate(() => document.documentElement.scrollWidth);
			// TODO: the player bar's thumb pokes 1 px out at the last frame (src/lib/ui/PlayerBar);
			// tighten to 390 when it is inset.
			expect(page_, `${mode} frame ${t}`).toBeLessThanOrEqual(391);
		}
	}
});
