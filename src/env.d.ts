declare namespace App {
	interface Locals {
		/**
		 * The script of the article being rendered, set by the article page so
		 * that MDX body components (which get no props from the page) label
		 * themselves in the article's own script.
		 */
		script?: import('./lib/script').Script;
	}
}
