import { createHash } from 'node:crypto';
import type { RelatedInput, RelatedLink } from './related';

/**
 * Related articles worked out by the build in the background (the
 * `related-articles` integration, in a child process, while Vite bundles)
 * and handed to the pages inside the one Node process that runs
 * `astro build`. The integration and the pages load separate copies of this
 * module, so the hand-over lives on `globalThis`. Pages use it only when it
 * was computed from exactly their inputs; under `astro dev`, or when the
 * background work failed, there is none and pages compute their own.
 */
export interface RelatedHandover {
	/** `relatedInputsKey` of the inputs the links were computed from. */
	key: string;
	links: [slug: string, links: RelatedLink[]][];
}

const SLOT = Symbol.for('delta-archive.related-articles');
const slot = globalThis as { [SLOT]?: Promise<RelatedHandover> };

/** A SHA-256 of every input, in order (the order can change a score's last bits). */
export const relatedInputsKey = (inputs: readonly RelatedInput[]): string => createHash('sha256').update(JSON.stringify(inputs)).digest('hex');

/** In the integration: hands the pages the links it is computing. */
export function handOverRelated(links: Promise<RelatedHandover>): void {
	slot[SLOT] = links;
}

/** In the pages: the handed-over links, if they were computed from these inputs. */
export async function handedOverRelated(inputs: readonly RelatedInput[]): Promise<Map<string, RelatedLink[]> | undefined> {
	const handed = await slot[SLOT]?.catch(() => undefined);
	return handed?.key === relatedInputsKey(inputs) ? new Map(handed.links) : undefined;
}
