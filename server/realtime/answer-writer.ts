import { activityModule } from '../../shared/activities/registry.js';
import type { Logger } from '../logger.js';
import type {
  AnswerSubmission,
  AnswerValidator,
  Storage,
  StoredActivity,
  SubmissionResult,
} from '../storage/index.js';

/** At most this many answers share one transaction, so one commit never blocks the loop for long. */
export const MAX_BATCH = 500;
/** Answer schemas kept built; far more than the activities open at once on one server. */
const SCHEMA_CACHE_SIZE = 1000;

interface Queued {
  submission: AnswerSubmission;
  resolve: (result: SubmissionResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: answers that arrive in the same turn of the event loop are written in one
 * transaction, and each is acknowledged only after that transaction committed. Durability costs
 * one fsync per batch instead of one per answer.
 */
export class AnswerWriter {
  private queue: Queued[] = [];
  private scheduled = false;
  private flushing: Promise<void> = Promise.resolve();
  private readonly schemaCache = new Map<string, { version: number; validate: AnswerValidator }>();

  constructor(
    private readonly storage: Storage,
    private readonly logger: Logger,
  ) {}

  submit(submission: AnswerSubmission): Promise<SubmissionResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ submission, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flushing = this.flushing.then(() => this.flush());
        });
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        const results = await this.storage.answers.writeBatch(
          batch.map((q) => q.submission),
          this.validate,
        );
        batch.forEach((q, i) => q.resolve(results[i] as SubmissionResult));
      } catch (error) {
        if (batch.length === 1) {
          this.logger.error({ err: error }, 'answer write failed');
          batch[0]?.reject(error);
          continue;
        }
        // One bad answer (e.g. from a participant row a merge just removed) must not fail the
        // others: the batch is written again one answer per transaction, so only that one fails.
        this.logger.warn({ err: error, size: batch.length }, 'answer batch failed; writing one by one');
        for (const q of batch) {
          try {
            const [result] = await this.storage.answers.writeBatch([q.submission], this.validate);
            q.resolve(result as SubmissionResult);
          } catch (single) {
            this.logger.error({ err: single }, 'answer write failed');
            q.reject(single);
          }
        }
      }
    }
  }

  /** Answer schemas depend on the activity's config; built once per config version. */
  private readonly validate: AnswerValidator = (activity: StoredActivity, value: unknown) => {
    let cached = this.schemaCache.get(activity.id);
    if (!cached || cached.version !== activity.version) {
      const schema = activityModule(activity.type).answerSchema(activity.config);
      cached = {
        version: activity.version,
        validate: (_a, v) => {
          const parsed = schema.safeParse(v);
          return parsed.success ? { ok: true, value: parsed.data } : { ok: false, code: 'invalid_answer' };
        },
      };
      // Only activities being answered now matter; a long-running server must not keep every one.
      if (this.schemaCache.size >= SCHEMA_CACHE_SIZE) this.schemaCache.clear();
      this.schemaCache.set(activity.id, cached);
    }
    return cached.validate(activity, value);
  };

  /** Resolves once every queued answer has been written. */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.scheduled) {
      await new Promise((r) => setImmediate(r));
      await this.flushing;
    }
    await this.flushing;
  }
}
