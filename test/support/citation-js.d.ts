/** The parts of citation-js (no types of its own) the export tests use: parse any supported format into CSL-JSON items. */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: string);
		data: Record<string, unknown>[];
	}
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
