import type { Person } from '../schemas/article';

/**
 * A byline line: people grouped by consecutive role, as printed in Chinese
 * bylines, e.g. `本报记者 谢卫群、王某 通讯员 李某`. People without a role are
 * listed by name only.
 */
export function formatPeople(people: readonly Person[]): string {
	const groups: { role: string; names: string[] }[] = [];
	for (const { name, role } of people) {
		const last = groups.at(-1);
		if (last && last.role === role) last.names.push(name);
		else groups.push({ role, names: [name] });
	}
	return groups
		.map(({ role, names }) => [role, names.join('、')].filter(Boolean).join(' '))
		.join(' ');
}
