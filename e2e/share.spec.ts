import QRCode from 'qrcode';
import { readArticles } from './articles';
import { expect, test } from './fixtures';
import { articleIn, EDITIONS } from './pages';

const articles = readArticles();
const article = articles[0]!;

test.describe('sharing', () => {
	test('copy-link copies the permalink (clipboard granted)', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto(articleIn('hant', article.slug));
		const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
		const button = page.getByRole('button', { name: '複製連結' });
		await button.click();
		await expect(page.locator('copy-link [role=status]')).toHaveText('已複製');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
	});

	test('copy-link says so when the clipboard refuses', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		await page.goto(articleIn('hans', article.slug));
		await page.getByRole('button', { name: '复制链接' }).click();
		await expect(page.locator('copy-link [role=status]')).toHaveText('复制失败，请手动复制');
	});

	test('without JavaScript the permalink is a plain link and no dead button shows', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto(articleIn('hans', article.slug));
		await expect(page.locator('copy-link button')).toBeHidden();
		const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
		await expect(page.locator('a.permalink')).toHaveAttribute('href', canonical!);
		await context.close();
	});

	for (const edition of EDITIONS) {
		test(`the QR code (${edition}) encodes this edition's permalink`, async ({ page }) => {
			await page.goto(articleIn(edition, article.slug));
			const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
			expect(new URL(canonical).pathname).toBe(articleIn(edition, article.slug));
			const qr = page.locator('figure.qr svg');
			await expect(qr).toBeVisible();
			await expect(qr).toHaveAccessibleName(new RegExp(canonical.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')));
			// The modules drawn on the page are exactly those of a QR code for the permalink.
			const expected = await QRCode.toString(canonical, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
			const modules = (svg: string) => /<path[^>]*stroke[^>]*\sd="([^"]+)"/.exec(svg)?.[1];
			expect(modules(await qr.evaluate((el) => el.outerHTML))).toBe(modules(expected));
			expect(modules(expected)).toBeTruthy();
		});
	}
});

test.describe('citing', () => {
	for (const a of articles) {
		test(`${a.slug}: citation block, Highwire meta and JSON-LD agree with the page`, async ({ page }) => {
			await page.goto(articleIn(a.script, a.slug));
			const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
			const title = await page.locator('h1').innerText();

			await expect(page.locator('#cite-gbt')).toContainText(`${title}[N/OL]`);
			await expect(page.locator('#cite-gbt')).toContainText(canonical);
			await expect(page.locator('#cite-apa')).toContainText(canonical);

			const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
			expect(await meta('citation_title')).toBe(title);
			expect(await meta('citation_language')).toBe(a.script === 'hant' ? 'zh-Hant' : 'zh-Hans');
			const datetime = await page.locator('.article-header time').getAttribute('datetime');
			if (datetime) expect(await meta('citation_publication_date')).toBe(datetime.replaceAll('-', '/'));
			const publisher = await page.locator('.article-header .publisher').innerText();
			expect(await meta('prism.publicationName')).toBe(publisher);
			expect(await meta('DC.type')).toBe('newspaperArticle');

			const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
			expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: title, url: canonical, inLanguage: a.script === 'hant' ? 'zh-Hant' : 'zh-Hans' });
			if (datetime) expect(ld.datePublished).toBe(datetime);

			expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);
			expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
			expect(await meta('twitter:card')).toBe('summary');
		});
	}

	test('the date is shown at its real precision, never with a made-up day', async ({ page }) => {
		for (const a of articles) {
			await page.goto(articleIn('hans', a.slug));
			const time = page.locator('.article-header time');
			if (!(await time.count())) continue;
			const datetime = (await time.getAttribute('datetime'))!;
			const parts = datetime.split('-').length;
			await expect(time).toHaveText(parts === 3 ? /^\d{4}年\d{1,2}月\d{1,2}日$/ : parts === 2 ? /^\d{4}年\d{1,2}月$/ : /^\d{4}年$/);
			await expect(page.locator('#cite-gbt')).toContainText(`${datetime}. `);
		}
	});
});

test.describe('security', () => {
	test('every page carries a CSP that allows no unhashed inline script', async ({ page }) => {
		for (const path of ['/', articleIn('hant', article.slug)]) {
			await page.goto(path);
			const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
			// Only the search pages also allow 'wasm-unsafe-eval' (Pagefind's WebAssembly).
			expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
			expect(csp).not.toMatch(/'unsafe-eval'/);
			expect(csp).not.toContain('unsafe-inline');
			expect(csp).toContain("default-src 'self'");
		}
	});
});
