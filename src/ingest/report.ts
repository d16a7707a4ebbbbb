import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { Inference } from './types.ts';
import { describeDecision, type Tagging } from './infer/tags.ts';

/** The human-readable ingest report for one article: where it went, then its details. */
export const formatReport = (rawPath: string, outPath: string, status: string, details: string): string => `■ ${rawPath} → ${outPath} [${status}]\n${details}`;

/**
 * What the cleaner did to one article: removed, repaired, flagged, inferred, tagged.
 * It depends on the article only (not on where or whether it is written), so it is
 * made where the article is cleaned and cached with it.
 */
export function reportDetails(article: ArticleFrontmatter, inferences: Inference[], tagging?: Tagging): string {
	const lines = [`  ${article.title}${article.subtitle ? ` —— ${article.subtitle}` : ''}  (${article.script === 'hant' ? '繁體' : '简体'}, ${article.raw.encoding})`];
	lines.push(`  removed (${article.removed.length}):`);
	// Removed text is quoted in full: the report is how an archivist checks nothing of the article went.
	for (const r of article.removed) lines.push(`    - [${r.kind}] “${r.text}”`);
	lines.push(`  repaired (${article.repaired.length}):`);
	for (const r of article.repaired) lines.push(`    - [${r.kind}] “${clip(r.from)}” → “${clip(r.to)}” (${r.by})`);
	lines.push(`  flagged (${article.flags.length}):`);
	for (const f of article.flags) lines.push(`    - [${f.kind}] ${f.note}: “${clip(f.context ?? f.text)}”`);
	lines.push('  inferred:');
	for (const i of inferences) lines.push(`    - ${i.field} = ${clip(i.value)} — from ${i.from} (${i.confidence})`);
	if (tagging) {
		lines.push(`  tags (${article.tags.length}): ${article.tags.join(', ') || '(none)'}`);
		const shown = tagging.decisions.filter((d) => d.outcome !== 'below threshold');
		for (const d of shown) lines.push(`    - ${describeDecision(d)}`);
		const below = tagging.decisions.filter((d) => d.outcome === 'below threshold');
		if (below.length > 0) lines.push(`    - below threshold: ${below.map((d) => `${d.name} ${d.mentions}${d.inLead ? ' (lead)' : ''}`).join(', ')}`);
	}
	return lines.join('\n');
}

const clip = (text: string, max = 90): string => {
	const oneLine = text.replace(/\s+/gu, ' ');
	return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
};
