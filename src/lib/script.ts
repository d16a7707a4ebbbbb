import type { ArticleFrontmatter } from '../schemas/article';

/** The script an article is written in: `hans` (简体) or `hant` (繁體). */
export type Script = ArticleFrontmatter['script'];

/** The BCP 47 language tag for a script, for `lang` attributes. */
export type LangTag = 'zh-Hans' | 'zh-Hant';

/** The `lang` attribute value for text in the given script. */
export function langForScript(script: Script): LangTag {
	return script === 'hant' ? 'zh-Hant' : 'zh-Hans';
}

/** The language-and-region tag feeds and Open Graph know an edition by (they have no script subtags): 简体 as `zh-CN`, 繁體 as `zh-TW`. */
export function regionTag(script: Script): 'zh-CN' | 'zh-TW' {
	return script === 'hant' ? 'zh-TW' : 'zh-CN';
}
