import type { ArticleFrontmatter } from '../schemas/article';

/** The script an article is written in: `hans` (简体) or `hant` (繁體). */
export type Script = ArticleFrontmatter['script'];

/** The BCP 47 language tag for a script, for `lang` attributes. */
export type LangTag = 'zh-Hans' | 'zh-Hant';

/** The `lang` attribute value for text in the given script. */
export function langForScript(script: Script): LangTag {
	return script === 'hant' ? 'zh-Hant' : 'zh-Hans';
}
