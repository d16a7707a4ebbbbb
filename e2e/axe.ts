import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * The axe rules whose outcome depends on colour. The dark palette changes
 * colours only (the same DOM, the same layout: `light-dark()` in global.css),
 * so in dark mode only these can find anything the light-mode run did not.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Zero axe violations: every rule in light mode, and the colour rules again in dark mode. */
export async function expectNoAxeViolations(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const axe = new AxeBuilder({ page });
		const { violations } = await (colorScheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
		const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
		expect(summary, `axe violations in ${colorScheme} mode`).toEqual([]);
	}
}
