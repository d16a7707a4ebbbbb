/**
 * The import rule (docs/architecture.md, "Modules and what each may import"),
 * checked in `npm test` by dependency-cruiser: `npm run lint:imports`.
 * Astro components are not parsed; the TypeScript around them is.
 */
const SITE = '^src/(site|pages|components|layouts)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'A cycle makes two modules one; merge them or split out what both need. (A cycle through a type-only import is no cycle at run time.)',
			from: {},
			to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
		},
		{
			name: 'lib-is-pure',
			severity: 'error',
			comment: 'src/lib is shared by the ingest, the build and the browser: it imports only itself and the schemas (and npm packages).',
			from: { path: '^src/lib/' },
			to: { path: '^(src/(?!lib/|schemas/)|scripts/|test/|e2e/)' },
		},
		{ name: 'lib-no-astro', severity: 'error', comment: 'Astro-only code (astro:content, …) lives in src/site.', from: { path: '^src/(lib|ingest|search/shared|search/browser)/' }, to: { path: '^astro:' } },
		{
			name: 'ingest-uses-lib-only',
			severity: 'error',
			comment: 'The ingest runs outside Astro: it may use src/lib and the schemas, never the site, search or build code.',
			from: { path: '^src/ingest/' },
			to: { path: '^src/(?!ingest/|lib/|schemas/)' },
		},
		{
			name: 'nothing-imports-ingest',
			severity: 'error',
			comment: 'The site reads what the ingest wrote (content/), never its code.',
			from: { path: '^src/(?!ingest/)' },
			to: { path: '^src/ingest/' },
		},
		{
			name: 'search-shared-runs-anywhere',
			severity: 'error',
			comment: 'src/search/shared runs in Node and in the browser: no Node built-ins, no build, browser or site code.',
			from: { path: '^src/search/shared/' },
			to: { path: `^src/search/(build|browser)/|^src/integrations/|${SITE}` },
		},
		{
			name: 'browser-code-has-no-node',
			severity: 'error',
			comment: 'Browser modules are bundled for the page: no Node built-ins.',
			from: { path: '^src/search/(shared|browser)/' },
			to: { dependencyTypes: ['core'] },
		},
		{ name: 'browser-not-build', severity: 'error', from: { path: '^src/search/browser/' }, to: { path: '^src/search/build/|^src/integrations/' } },
		{ name: 'build-not-browser', severity: 'error', from: { path: '^src/(search/build|integrations)/' }, to: { path: `^src/search/browser/|${SITE}` } },
		{ name: 'src-not-tools', severity: 'error', comment: 'Product code never imports scripts or tests.', from: { path: '^src/' }, to: { path: '^(scripts|test|e2e)/' } },
		{ name: 'scripts-not-tests', severity: 'error', comment: 'Scripts are tools in their own right: what they share with tests lives in scripts/ or src/.', from: { path: '^scripts/' }, to: { path: '^(test|e2e)/' } },
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsConfig: { fileName: 'tsconfig.json' },
		tsPreCompilationDeps: true,
		exclude: { path: '^(node_modules|dist|\\.astro)/' },
		enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] },
		reporterOptions: { text: { highlightFocused: true } },
	},
};
