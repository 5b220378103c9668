import { annotateOne, claimTopic, pageDateOf } from '../match/annotate';
import { isoDay } from '../match/dates';
import { buildTopicIndex, type TopicIndex } from '../match/topic';
import type { AnnotateResponse, BackgroundRequest, DatasetInfo } from '../messages';
import { datasetVersion, type CrosscountDB } from './database';
import type { EstimateRecord } from '../dataset/schema';

/**
 * Answers the content script and the pages of the extension. The topic index is built once
 * and rebuilt when the dataset changes (see `forget`).
 */
export class RequestHandler {
  private index: Promise<TopicIndex> | null = null;

  constructor(private db: CrosscountDB, private datasetDate: string) {}

  forget(): void {
    this.index = null;
  }

  private topicIndex(): Promise<TopicIndex> {
    this.index ??= this.db.topics.toArray().then(buildTopicIndex);
    return this.index;
  }

  async handle(req: BackgroundRequest): Promise<AnnotateResponse | DatasetInfo> {
    if (req.type === 'datasetInfo') {
      return {
        version: await datasetVersion(this.db),
        date: this.datasetDate,
        topics: await this.db.topics.count(),
        estimates: await this.db.estimates.count(),
        userEstimates: await this.db.estimates.where('origin').equals('user').count(),
      };
    }
    const index = await this.topicIndex();
    const page = { title: req.page.title, url: req.page.url, published: isoDay(req.page.published), text: req.page.text };
    const pageDate = pageDateOf(page);
    // One query per topic the batch needs, not one per claim.
    const estimates = new Map<string, Promise<EstimateRecord[]>>();
    const claims: AnnotateResponse['claims'] = [];
    for (const q of req.claims) {
      const ct = claimTopic(q.claim, { sentence: q.sentence, paragraph: q.paragraph }, page, index, pageDate);
      let list: EstimateRecord[] = [];
      if (ct) {
        const id = ct.topic.id;
        if (!estimates.has(id)) estimates.set(id, this.db.estimates.where('topic').equals(id).toArray());
        list = await estimates.get(id)!;
      }
      claims.push({ ...annotateOne(q.claim, ct, pageDate, list), key: q.key });
    }
    return { claims };
  }
}
