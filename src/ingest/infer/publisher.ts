import type { Confidence } from '../../schemas/article.ts';
import type { FoundMetadata, Inference, PublisherEvidence } from '../types.ts';
import { outletAtUrl, outlets, outletsNamed, type Outlet } from '../text/outlets.ts';

/**
 * Who published the article, from every piece of evidence the stages found:
 * credits in the text first (新华社北京…电, 南都讯, （参考消息网）,
 * 聯合報記者…, a web page's visible 来源 and poster), then copyright lines and
 * the page's own metadata, then the archivist's default for the batch, then
 * the site's name in a page's `<title>` and the source URL's domain. A name
 * printed by a known outlet (data/outlets.yaml) is given as that outlet's name
 * in the article's script; a name several outlets share is narrowed by the
 * script and by the other evidence, else kept as printed.
 */
export interface PublisherFinding {
	name: string;
	method: string;
	confidence: Confidence;
}

const RANK: Record<PublisherEvidence['kind'], number> = { credit: 0, copyright: 1, page: 1, batch: 2, site: 3, domain: 3 };
const CONFIDENCE_RANK: Record<Confidence, number> = { editorial: 0, high: 1, medium: 2, low: 3, none: 4 };

/** All evidence in `found`, plus the batch default and the domain of the source URL. */
export function publisherEvidence(found: FoundMetadata, defaultPublisher?: string): PublisherEvidence[] {
	const evidence: PublisherEvidence[] = [];
	const { publisher } = found;
	if (publisher && !found.publisherEvidence?.some((e) => e.method === publisher.method)) evidence.push({ kind: 'credit', ...publisher });
	for (const e of found.publisherEvidence ?? []) if (!evidence.some((seen) => seen.method === e.method)) evidence.push(e);
	for (const [i, e] of evidence.entries()) {
		const name = isHostingPlatform(e.name) ? e.name : withoutChannel(e.name);
		// 据财联社…消息 cites a source: it is evidence of that outlet, not a credit of the article's own publisher; any other evidence comes first.
		evidence[i] = CITED.test(name) ? { ...e, name: name.replace(CITED, ''), confidence: 'none' } : { ...e, name };
	}
	if (defaultPublisher) evidence.push({ kind: 'batch', name: defaultPublisher, method: 'the batch default set by the archivist (--publisher)', confidence: 'medium' });
	const atUrl = found.sourceUrl ? outletAtUrl(found.sourceUrl) : undefined;
	if (atUrl) evidence.push({ kind: 'domain', name: atUrl.outlet.name.hans, method: `the source URL's domain ${atUrl.domain}`, confidence: 'low', outletId: atUrl.outlet.id });
	// 本站原创, 本网: "this site" names no one. A hosting platform is not the account's publisher; on a hosted page neither is the host (its site name, domain or copyright line).
	const hosted = evidence.some((e) => isHostingPlatform(e.name));
	const isHost = (e: PublisherEvidence) => e.kind === 'site' || e.kind === 'domain';
	const hosts = hosted ? evidence.filter(isHost).flatMap((e) => outletsNamed(e.name)) : [];
	const byHost = (e: PublisherEvidence) => hosted && (isHost(e) || (e.kind === 'copyright' && outletsNamed(e.name).some((outlet) => hosts.includes(outlet))));
	return evidence.filter((e) => !OWN_SITE.test(e.name) && !isHostingPlatform(e.name) && !byHost(e));
}

/**
 * Platforms that host other people's accounts name themselves as the site
 * (og:site_name 微信公众平台) or as the source (来源：澎湃新闻·澎湃号·政务,
 * 新浪财经-自媒体综合): the host is not the publisher, so its name is no
 * evidence. The account's own name, when the page prints it, is.
 */
const HOSTING_PLATFORM = /^(?:微信公众平台|微信公众号|百家号|今日头条|头条号|企鹅号|搜狐号|网易号|网易订阅|一点号|大鱼号|澎湃号)$|自媒体/u;
const isHostingPlatform = (name: string): boolean => name.split(CHANNEL_SEPARATOR).some((part) => HOSTING_PLATFORM.test(part.trim()));

const CHANNEL_SEPARATOR = /\s*[-－–—_|｜·•>]\s*/u;
/**
 * A site's name without its channel or label (人民网-文化频道, 来源：人民网-文化频道
 * 原创稿): the part before the separator, when that part is a known outlet.
 */
export function withoutChannel(value: string): string {
	const name = value.trim().replace(/^(?:来源|來源|稿源|出处|出處)\s*[:：]\s*/u, '').replace(/\s+原创稿?$/u, '');
	const [first = name] = name.split(CHANNEL_SEPARATOR);
	return first !== name && outletsNamed(first).length > 0 ? first : name;
}

const CITED = /^据/u;
const OWN_SITE = /^本(?:站|网|报|台|刊)|^(?:网络|互联网|网友)/u;

export function inferPublisher(evidence: PublisherEvidence[], script: 'hans' | 'hant'): { publisher?: PublisherFinding; inferences: Inference[] } {
	const inferences: Inference[] = evidence.map((e) => ({ field: `publisher evidence (${e.kind})`, value: e.name, from: e.method, confidence: e.confidence }));
	if (evidence.length === 0) return { inferences };
	const ranked = [...evidence].sort((a, b) => RANK[a.kind] - RANK[b.kind] || CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence]);
	const best = ranked[0]!;
	// The outlets every piece of evidence can mean, to narrow a shared name (蘋果日報) by the others (its domain).
	const meanings = ranked.map((e) => (e.outletId ? outlets.list.filter((o) => o.id === e.outletId) : outletsNamed(e.name, script)));
	const outlet = pick(meanings[0]!, meanings.slice(1));
	const name = outlet ? outlet.name[script] : best.name;
	const agreeing = ranked.slice(1).filter((_, i) => outlet && meanings[i + 1]!.includes(outlet));
	let confidence = best.confidence;
	// A credit that another kind of evidence confirms (its domain, its copyright line) is certain.
	if (outlet && agreeing.some((e) => e.kind !== best.kind) && best.kind !== 'batch') confidence = CONFIDENCE_RANK[confidence] > CONFIDENCE_RANK.high ? 'high' : confidence;
	const renamed = name !== best.name && !best.outletId ? ` (printed “${best.name}”)` : '';
	const confirmed = agreeing.length > 0 ? `; confirmed by ${agreeing.map((e) => e.kind).join(', ')}` : '';
	return { publisher: { name, method: `${best.method}${renamed}${confirmed}`, confidence }, inferences };
}

function pick(candidates: Outlet[], others: Outlet[][]): Outlet | undefined {
	if (candidates.length <= 1) return candidates[0];
	for (const other of others) {
		const shared = candidates.filter((outlet) => other.includes(outlet));
		if (shared.length === 1) return shared[0];
	}
	return undefined;
}
