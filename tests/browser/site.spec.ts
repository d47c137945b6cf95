import { expect, test } from '@playwright/test';
import { galleryDemos, openDemo, watchErrors } from './helpers';

test('the gallery shows a card for each built demo, grouped, with a picture', async ({ page }) => {
	const errors = watchErrors(page);
	const ids = await galleryDemos(page);
	expect(ids.length).toBeGreaterThan(0);
	for (const id of ids) {
		const card = page.locator(`.card[data-demo="${id}"]`);
		await expect(card.locator('h3')).not.toBeEmpty();
		await expect(card.locator('.thumb svg, .thumb canvas').first()).toBeVisible();
	}
	await expect(page.locator('.group h2').first()).toBeVisible();
	expect(errors).toEqual([]);
});

test('every page loads with no console error and nothing requested from another origin', async ({
	page
}) => {
	const errors = watchErrors(page);
	const foreign: string[] = [];
	await page.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') {
			return route.continue();
		}
		foreign.push(url.href);
		return route.abort();
	});
	const ids = await galleryDemos(page);
	const pages = ['/', ...ids.flatMap((id) => [`/${id}/`, `/embed/${id}/`])];
	for (const path of pages) {
		for (const lang of ['zh', 'en']) {
			await page.goto(`${path}?lang=${lang}`, { waitUntil: 'networkidle' });
			await expect(page.locator('body')).toBeVisible();
		}
	}
	expect(foreign).toEqual([]);
	expect(errors).toEqual([]);
});

test('presenter mode enlarges type and hides the chrome but the player bar', async ({ page }) => {
	const [id] = await galleryDemos(page);
	await openDemo(page, id, 'lang=en&present=1');
	await expect(page.locator('.site-header')).toHaveCount(0);
	await expect(page.locator('[data-testid="param-panel"]')).toHaveCount(0);
	await expect(page.getByTestId('scrubber')).toBeVisible();
	const size = await page.locator('body').evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
	expect(size).toBeGreaterThanOrEqual(24);
	await page.keyboard.press('p');
	await expect(page.locator('.site-header')).toBeVisible();
});

test('the language switch changes every visible string', async ({ page }) => {
	const errors = watchErrors(page);
	const ids = await galleryDemos(page);
	for (const path of ['/', ...ids.map((id) => `/${id}/`)]) {
		await page.goto(`${path}?lang=zh`);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await page.getByTestId('lang-en').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// Chinese may remain only where it is marked as Chinese (the 中文 button, sample sentences).
		const stray = await page.evaluate(() => {
			const out: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const text = n.textContent ?? '';
				const el = n.parentElement;
				if (!el || !/[\u4e00-\u9fff]/.test(text)) continue;
				if (el.closest('[lang^="zh"]:not(html)')) continue;
				const style = getComputedStyle(el);
				if (style.display === 'none' || style.visibility === 'hidden') continue;
				if (el.closest('.visually-hidden, title, script, style, [aria-hidden="true"]')) continue;
				if (el.getClientRects().length === 0) continue;
				out.push(text.trim().slice(0, 60));
			}
			return out;
		});
		expect(stray, `Chinese left on ${path} in English`).toEqual([]);
	}
	expect(errors).toEqual([]);
});

test('a language in the URL shows no flash of the other language', async ({ page }) => {
	const [id] = await galleryDemos(page);
	await page.goto(`/${id}/?lang=en`, { waitUntil: 'commit' });
	// Until the app has rendered English the body stays hidden; once visible it is English.
	await page.waitForFunction(() => !document.documentElement.classList.contains('i18n-pending'));
	const title = await page.locator('h1.title').innerText();
	expect(/[\u4e00-\u9fff]/.test(title)).toBe(false);
});

test('no page is wider than a phone at 390 px', async ({ browser }) => {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const ids = await galleryDemos(page);
	for (const path of ['/', ...ids.map((id) => `/${id}/`)]) {
		await page.goto(`${path}?lang=en`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(300);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(391);
	}
	await page.close();
});
