import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One boilerplate rule from `data/boilerplate.yaml`. */
export interface BoilerplateRule {
	id: string;
	description: string;
	match: RegExp;
	keep?: string;
	where: 'anywhere' | 'edge';
	maxLength: number;
}

interface RawRule {
	id: string;
	description: string;
	match: string;
	keep?: string;
	where: 'anywhere' | 'edge';
	maxLength: number;
}

export function parseBoilerplateRules(source: string): BoilerplateRule[] {
	const { patterns } = parse(source) as { patterns: RawRule[] };
	return patterns.map((rule) => ({ ...rule, match: new RegExp(rule.match, 'u') }));
}

export const boilerplateRules: BoilerplateRule[] = parseBoilerplateRules(
	readFileSync(new URL('../data/boilerplate.yaml', import.meta.url), 'utf8'),
);
