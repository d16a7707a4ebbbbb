import { describe, expect, it } from 'vitest';
import { scoreDate, scorePeople, scorePublisher, scoreTitle } from '../../scripts/eval/fields.ts';
import { gneDate, parseGneOutput } from '../../scripts/eval/predict.ts';

// Invented values, not from the shared sets.
describe('scoreDate', () => {
	it('tells right, partial, wrong, missing and extra apart', () => {
		expect(scoreDate('2021-05-03', '2021-05-03')).toBe('right');
		expect(scoreDate('2021-05-03', '2021-05')).toBe('partial');
		expect(scoreDate('2021-05-03', '2021-05-04')).toBe('wrong');
		expect(scoreDate('2021-05-03', '')).toBe('missing');
		expect(scoreDate(null, '2021-05-03')).toBe('extra');
		expect(scoreDate(null, '')).toBe('none');
	});

	it('counts a date more precise than the page states as wrong', () => {
		expect(scoreDate('2021-05', '2021-05-03')).toBe('wrong');
		expect(scoreDate('2021', '2020')).toBe('wrong');
	});
});

describe('names', () => {
	it('matches titles exactly or after folding script and width', () => {
		expect(scoreTitle('湖州新建三座码头', ' 湖州新建三座码头 ')).toBe('exact');
		expect(scoreTitle('湖州新建三座码头', '湖州新建三座碼頭')).toBe('folded');
		expect(scoreTitle('湖州新建三座码头', '首页')).toBe('wrong');
		expect(scoreTitle('湖州新建三座码头', '')).toBe('missing');
	});

	it('scores publishers by folded name or by an alias group', () => {
		const aliases = new Map([['示例日报', 0], ['示例报', 0], ['另一家报', 1]]);
		expect(scorePublisher('示例日报', '示例报', aliases)).toBe('right');
		expect(scorePublisher('示例日报', '另一家报', aliases)).toBe('wrong');
		expect(scorePublisher(null, '示例报', aliases)).toBe('extra');
	});

	it('counts authors found and extra names given', () => {
		expect(scorePeople(['王一', '李二'], ['王一', '张三'])).toEqual({ stated: 2, given: 2, found: 1, correct: 1, all: false });
		expect(scorePeople([], [])).toMatchObject({ all: true });
		expect(scorePeople([], ['张三'])).toMatchObject({ all: false });
	});
});

describe('GNE answers', () => {
	it('reads its records, mapping tests/ paths to pages/ and its dates to their precision', () => {
		const text = '>>>>>>>>tests/demo/1.html>>>>>>>>\n{"title": "标题", "author": " 王一 ", "publish_time": "2021-5-3 09:10", "content": "正文"}\n<<<<<<<<<<\n';
		expect(parseGneOutput(text).get('pages/demo/1.html')).toEqual({ body: '正文', title: '标题', date: '2021-05-03', publisher: '', authors: ['王一'], editors: [] });
		expect(gneDate('05月03日')).toBe('');
		expect(gneDate('2021年5月')).toBe('2021-05');
	});
});
