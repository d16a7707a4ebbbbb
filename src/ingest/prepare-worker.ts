import { workerData } from 'piscina';
import { parseTaxonomy } from '../lib/taxonomy.ts';
import { taggerFor } from './pipeline.ts';
import { runJob, type PrepareJob, type Prepared } from './prepare.ts';

/** A worker thread of the ingest pool (`pool.ts`): prepares (and caches) one raw file per job. */
const { taxonomyText, taxonomySource } = workerData as { taxonomyText: string; taxonomySource: string };
const tagger = taggerFor(parseTaxonomy(taxonomyText, taxonomySource));

export default (job: PrepareJob): Prepared => runJob(job, tagger);
