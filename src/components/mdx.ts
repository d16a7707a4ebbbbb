import Caption from './Caption.astro';
import Gap from './Gap.astro';
import Garbled from './Garbled.astro';
import Repaired from './Repaired.astro';

/** The components the ingest writes into article bodies, without imports. */
export const mdxComponents = { Caption, Gap, Garbled, Repaired };
