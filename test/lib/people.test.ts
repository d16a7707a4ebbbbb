import { describe, expect, it } from 'vitest';
import { formatPeople } from '../../src/lib/people';

describe('formatPeople', () => {
	it('groups consecutive people of the same role', () => {
		expect(
			formatPeople([
				{ name: '谢卫群', role: '本报记者' },
				{ name: '王某', role: '本报记者' },
				{ name: '李某', role: '通讯员' },
			]),
		).toBe('本报记者 谢卫群、王某 通讯员 李某');
	});

	it('lists people without a role by name', () => {
		expect(formatPeople([{ name: '謝丹青', role: '' }])).toBe('謝丹青');
		expect(formatPeople([])).toBe('');
	});
});
