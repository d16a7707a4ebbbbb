/**
 * Every refusal the ingest makes, worded in one place. A refusal is ONE line:
 * the file it is about, what is wrong, and what to do next, so a person can
 * act on it without reading code. The same line is printed in the file's
 * report and again in the run's exit summary.
 */
export interface Refusal {
	/** The file (or folder) the refusal is about, as the person knows it: relative to the project root when inside it. */
	file: string;
	/** What is wrong, in a few words. */
	reason: string;
	/** What the person should do next (and, where it matters, what the ingest did or did not change). */
	next: string;
}

/** The one line a refusal is shown as. Line breaks inside any part (an error message, a file name) are flattened. */
export const refusalLine = ({ file, reason, next }: Refusal): string => oneLine(`${file}: ${reason}; ${next}`);

/** A refusal thrown through the code that found it, to the place that reports it (as a refusal, or as its line when it crossed a thread or the cache). */
export class Refused extends Error {
	constructor(refusal: Refusal | string) {
		super(typeof refusal === 'string' ? oneLine(refusal) : refusalLine(refusal));
		this.name = 'Refused';
	}
}

/** Whitespace runs (line breaks included) as one space, so nothing a file or an error holds can split the line. */
export const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The first line of a library's error message (YAML errors add a code frame after it), without a trailing colon. */
export const firstLine = (error: unknown): string => oneLine((error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/:\s*$/u, ''));

const NOTHING_WRITTEN = 'nothing was written for it';
const STOPPED = 'the ingest stopped before writing anything';

/** What each kind of refusal says. `file` is always the first argument. */
export const refuse = {
	/** A raw file the cleaner refuses (empty, binary, undecodable, only boilerplate, too large…). */
	rejectedRaw: (file: string, reason: string): Refusal => ({ file, reason: `rejected: ${reason}`, next: `${NOTHING_WRITTEN}: check the file, replace it with a good copy or remove it` }),
	duplicate: (file: string, reason: string): Refusal => ({ file, reason: `rejected: ${reason}`, next: `${NOTHING_WRITTEN}: remove one of the two copies` }),
	/** An unexpected error while cleaning one file: a bug, not the archivist's fault. */
	failed: (file: string, message: string): Refusal => ({ file, reason: `the cleaner failed (${message})`, next: `${NOTHING_WRITTEN}: please report this as a bug, with the file` }),

	noSuchInput: (file: string): Refusal => ({ file, reason: 'no such file or folder', next: 'check the path; nothing was read from it' }),
	symlink: (file: string, dangling: boolean): Refusal => ({ file, reason: `is a symbolic link${dangling ? ' (to nothing)' : ''}, not followed`, next: 'give the file itself, not a link to it' }),
	notAFile: (file: string, kind: string): Refusal => ({ file, reason: `is ${kind}, not a regular file; not opened`, next: 'give a text file' }),
	subfolder: (file: string): Refusal => ({ file, reason: 'is a folder inside a folder being ingested; folders are not read recursively', next: 'name the folder itself to ingest it' }),
	rawNameTaken: (file: string): Refusal => ({ file, reason: 'already exists in content/raw/ with different content', next: `${NOTHING_WRITTEN}: rename the new file and ingest it again` }),
	rawChanged: (file: string): Refusal => ({ file, reason: 'changed while it was being ingested', next: `${NOTHING_WRITTEN}: run npm run ingest again` }),

	handEdited: (file: string, override: string): Refusal => ({ file, reason: 'was edited by hand since the ingest wrote it; not overwritten', next: `put the change in ${override} (or re-run with --force to discard the edit)` }),
	wouldChange: (file: string): Refusal => ({ file, reason: 'differs from what the ingest writes', next: 'run npm run ingest' }),
	brokenFrontmatter: (file: string, detail: string): Refusal => ({ file, reason: `its frontmatter is not valid YAML (${detail})`, next: `${STOPPED}: repair the frontmatter (git diff shows the edit), or delete the file to ingest its raw file afresh` }),
	missingField: (file: string, field: string): Refusal => ({ file, reason: `its frontmatter has no ${field}`, next: `${STOPPED}: restore the ${field} line (git diff shows the edit), or delete the file to ingest its raw file afresh` }),
	sameRaw: (file: string, other: string, raw: string): Refusal => ({ file, reason: `claims the same raw file as ${other} (${raw})`, next: `${STOPPED}: delete the copy that is not the article's` }),
	rawMissing: (file: string, raw: string): Refusal => ({ file, reason: `its raw file ${raw} is missing`, next: `restore ${raw} (git checkout), or delete the article and record its URL as a redirect` }),
	renamedRaw: (file: string, from: string, to: string): string => oneLine(`${file}: raw file renamed ${from} → ${to} (same bytes); the article keeps its slug and now points at ${to}`),

	invalidOverride: (file: string, detail: string, raw: string): Refusal => ({ file, reason: `invalid editorial override (${detail})`, next: `fix ${file}; ${raw} was not ingested` }),
	unknownTags: (file: string, ids: string[], raw: string): Refusal => ({ file, reason: `unknown tag id(s) ${ids.map((id) => `"${id}"`).join(', ')} in tags`, next: `use ids from content/taxonomy.yaml; ${raw} was not ingested` }),
	overrideExtension: (file: string, expected: string): Refusal => ({ file, reason: 'overrides are only read from .yaml files, so this one is ignored', next: `rename it to ${expected}` }),
	orphanOverride: (file: string, expectedRaw: string): Refusal => ({ file, reason: `matches no raw file (expected ${expectedRaw}.*)`, next: 'rename it after its raw file (content/overrides/<raw name without extension>.yaml) or delete it' }),
	invalidTaxonomy: (file: string, detail: string): Refusal => ({ file, reason: `invalid taxonomy (${detail})`, next: `${STOPPED}: fix ${file}` }),

	locked: (file: string, holder: string): Refusal => ({ file, reason: `another ingest is running (${holder})`, next: `nothing was changed: wait for it to finish and run again (if no ingest is running, delete ${file})` }),
	notWritable: (file: string, code: string): Refusal => ({ file, reason: `is not writable (${code})`, next: `${STOPPED}: make it writable, then run npm run ingest again` }),
	diskFull: (file: string, code: string): Refusal => ({ file, reason: `could not be written: the disk is full (${code})`, next: 'this file was left as it was and the run stopped: free some space, then run npm run ingest again' }),
	writeFailed: (file: string, code: string): Refusal => ({ file, reason: `could not be written (${code})`, next: 'this file was left as it was and the run stopped: make its folder writable, then run npm run ingest again' }),
};

/** Error codes that say the machine, not the input, is the problem: the run stops rather than fail file after file. */
const FULL = new Set(['ENOSPC', 'EDQUOT']);
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

export const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** The refusal for a failed write of `file`, or undefined when the error is not about the disk or permissions. */
export function writeRefusal(file: string, error: unknown): Refusal | undefined {
	const code = errorCode(error);
	if (code && FULL.has(code)) return refuse.diskFull(file, code);
	if (code && NOT_WRITABLE.has(code)) return refuse.writeFailed(file, code === 'EROFS' ? 'read-only file system, EROFS' : `permission denied, ${code}`);
	return undefined;
}
