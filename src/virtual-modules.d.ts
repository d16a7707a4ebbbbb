/** The archive index, served to the pages by the `archive-index` integration (`src/integrations/archive-index.ts`). */
declare module 'virtual:delta-archive/archive-index' {
	const index: import('./lib/archive-index').ArchiveIndex;
	export default index;
}
