import type { Draft } from '../types.ts';
import { detectScript } from '../text/script.ts';

/** Stage 16 — which script the article is in (kept as is in the MDX). */
export function detectArticleScript(draft: Draft): Draft {
	const { script, evidence } = detectScript(draft.blocks.map((block) => block.text).join('\n'));
	return { ...draft, script, inferences: [...draft.inferences, { field: 'script', value: script, from: evidence, confidence: 'high' }] };
}
