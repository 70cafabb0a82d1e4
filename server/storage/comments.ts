import type { Kysely, Selectable } from 'kysely';
import type { Database, FacilitatorCommentsTable } from '../db/schema.js';

/** A facilitator's comment on a member's work in an activity (an action plan). */
export interface StoredComment {
  id: string;
  activityId: string;
  memberId: string;
  authorId: string;
  text: string;
  createdAt: number;
}

function toComment(row: Selectable<FacilitatorCommentsTable>): StoredComment {
  return {
    id: row.id,
    activityId: row.activity_id,
    memberId: row.member_id,
    authorId: row.author_id,
    text: row.text,
    createdAt: Number(row.created_at),
  };
}

/** Facilitator comments: the giver is no member, so they have their own table, keyed by the member. */
export class CommentStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(input: {
    activityId: string;
    memberId: string;
    authorId: string;
    text: string;
  }): Promise<StoredComment> {
    const comment: StoredComment = { id: crypto.randomUUID(), createdAt: Date.now(), ...input };
    await this.db
      .insertInto('facilitator_comments')
      .values({
        id: comment.id,
        activity_id: comment.activityId,
        member_id: comment.memberId,
        author_id: comment.authorId,
        text: comment.text,
        created_at: comment.createdAt,
      })
      .execute();
    return comment;
  }

  /** Comments on one member's work, in one activity or in all, oldest first. */
  async listForMember(memberId: string, activityId?: string): Promise<StoredComment[]> {
    const rows = await this.db
      .selectFrom('facilitator_comments')
      .selectAll()
      .where('member_id', '=', memberId)
      .$if(activityId !== undefined, (q) => q.where('activity_id', '=', activityId!))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toComment);
  }

  /** Every comment in an activity (the console's overview), oldest first. */
  async listForActivity(activityId: string): Promise<StoredComment[]> {
    const rows = await this.db
      .selectFrom('facilitator_comments')
      .selectAll()
      .where('activity_id', '=', activityId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toComment);
  }

  /** Removes one comment of this activity; false when there is none. */
  async remove(activityId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('facilitator_comments')
      .where('id', '=', id)
      .where('activity_id', '=', activityId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
