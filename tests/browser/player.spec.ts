import { expect, test } from '@playwright/test';
import { frame, galleryDemos, openDemo, ready, settledQuery, watchErrors } from './helpers';

test('the scrubber and the keys move the frame', async ({ page }) => {
	const errors = watchErrors(page);
	const ids = await galleryDemos(page);
	for (const id of ids) {
		await openDemo(page, id, 'lang=en');
		const scrubber = page.getByTestId('scrubber');
		const last = Number(await scrubber.getAttribute('aria-valuemax'));
		expect(last).toBeGreaterThan(2);

		await scrubber.focus();
		await page.keyboard.press('ArrowRight');
		await expect(scrubber).toHaveAttribute('aria-valuenow', '1');
		await page.keyboard.press('End');
		await ready(page);
		await expect(scrubber).toHaveAttribute('aria-valuenow', String(last));
		await page.keyboard.press('Home');
		await expect(scrubber).toHaveAttribute('aria-valuenow', '0');

		// Keys on the page, as a slide clicker sends them.
		await page.locator('h1.title').click();
		await page.keyboard.press('PageDown');
		await page.keyboard.press('PageDown');
		expect(await frame(page)).toBe(2);
		await page.keyboard.press('PageUp');
		expect(await frame(page)).toBe(1);
		if (last >= 11) {
			await page.keyboard.press('Shift+ArrowRight');
			expect(await frame(page)).toBe(11);
		}

		// Clicking the track seeks there, to within the frames one pixel spans.
		const box = (await scrubber.boundingBox())!;
		await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
		await ready(page);
		expect(Math.abs((await frame(page)) - last * 0.25)).toBeLessThanOrEqual(last / box.width + 1);

		// Space plays; it stops by itself at the end or when paused.
		await page.keyboard.press('Home');
		await page.locator('h1.title').click();
		await page.keyboard.press(' ');
		await expect.poll(() => frame(page), { timeout: 15_000 }).toBeGreaterThan(0);
		await page.keyboard.press(' ');
		await expect(page.getByTestId('play')).toHaveAttribute('title', /Play/);

		await page.keyboard.press('?');
		await expect(page.getByTestId('help-dialog')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('help-dialog')).toBeHidden();
	}
	expect(errors).toEqual([]);
});

test('a copied URL reopens the same frame and parameters', async ({ page, context }) => {
	const errors = watchErrors(page);
	const ids = await galleryDemos(page);
	for (const id of ids) {
		await openDemo(page, id, 'lang=en&seed=5');
		const scrubber = page.getByTestId('scrubber');
		await scrubber.focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		const query = await settledQuery(page);
		expect(query.get('t')).toBe('3');
		expect(query.get('seed')).toBe('5');
		const describe = await page.getByTestId('describe').textContent();
		const explain = await page.getByTestId('explain').innerText();

		const again = await context.newPage();
		await again.goto(page.url());
		await expect(again.locator(`.demo[data-ready="1"]`)).toBeVisible();
		expect(await frame(again)).toBe(3);
		expect(await again.getByTestId('describe').textContent()).toBe(describe);
		expect(await again.getByTestId('explain').innerText()).toBe(explain);
		await again.close();
	}
	expect(errors).toEqual([]);
});

test('a bad parameter shows a notice and falls back to its default', async ({ page }) => {
	const errors = watchErrors(page);
	const ids = await galleryDemos(page);
	for (const id of ids) {
		await openDemo(page, id, 'lang=en&seed=banana&nonsense=1&t=99999999');
		const notices = page.getByTestId('notices');
		await expect(notices).toContainText('seed=banana');
		await expect(notices).toContainText('nonsense=1');
		await expect(notices).toContainText('t=99999999');
		const last = await page.getByTestId('scrubber').getAttribute('aria-valuemax');
		expect(String(await frame(page))).toBe(last);
	}
	expect(errors).toEqual([]);
});

test('no query string can crash a page', async ({ page }) => {
	const errors = watchErrors(page);
	const ids = await galleryDemos(page);
	// A fixed, seeded list of hostile queries: random keys, values, encodings and lengths.
	let h = 2166136261;
	const rand = () => {
		h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
		h = Math.imul(h ^ (h >>> 13), 3266489917) >>> 0;
		return (h ^= h >>> 16) / 2 ** 32;
	};
	const pieces = [
		't',
		'seed',
		'lang',
		'present',
		'controls',
		'%',
		'__proto__',
		'',
		'=',
		'&',
		'-1',
		'1e999',
		'NaN',
		'0x10',
		'%E4%BD%A0',
		'<b>',
		'9'.repeat(40)
	];
	for (const id of ids) {
		const keys = [...pieces, ...(await page.evaluate(() => [] as string[]))];
		for (let i = 0; i < 12; i++) {
			const parts: string[] = [];
			for (let j = 0; j < 1 + Math.floor(rand() * 6); j++) {
				const k = keys[Math.floor(rand() * keys.length)];
				const v = pieces[Math.floor(rand() * pieces.length)];
				parts.push(`${k}=${v}`);
			}
			await page.goto(`/${id}/?${parts.join('&')}`);
			await expect(page.locator(`.demo[data-ready="1"]`)).toBeVisible();
		}
	}
	expect(errors).toEqual([]);
});
