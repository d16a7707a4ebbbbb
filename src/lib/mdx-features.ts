/**
 * How the site reads article MDX (`astro.config.mjs` passes these to
 * @astrojs/mdx's satteri processor). The ingest's tests parse with the same
 * features, so "reads back as the same text" is checked against the parser
 * that builds the pages.
 */
export const MDX_FEATURES = {
	/** GFM on: the serializer escapes what it would read as autolinks, strikethrough or footnotes. */
	gfm: true,
	/** Off: smart punctuation would turn the article's "…" into “…”, -- into – and ... into …, which the raw text does not say. */
	smartPunctuation: false,
	/** Articles start with YAML frontmatter. */
	frontmatter: true,
} as const;
