import { createHash } from 'node:crypto';

/**
 * The colour theme. By default the CSS follows `prefers-color-scheme`; a
 * reader's explicit choice (the header toggle) is kept in localStorage and
 * applied by this tiny script in `<head>`, before anything is painted, so the
 * page never flashes the wrong theme. It is the site's only inline script; its
 * hash is added to the Content-Security-Policy in `astro.config.mjs`.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The CSP source for `THEME_SCRIPT`. */
export const THEME_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
