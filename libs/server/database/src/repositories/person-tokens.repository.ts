import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonTokenEntity } from '../entities/person-token.entity';
import { OrganisationId } from '../organisation-id';
import { managerOf, Tx } from './transaction';

const hash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

export interface IssuedPersonToken {
  /** The secret for the link; only its hash is stored. */
  token: string;
  id: string;
}

/**
 * Single-purpose links for people without login. A token is found only for its own purpose and before
 * it expires; the caller decides whether a use consumes it (opt-in: once) or not (RSVP: change your answer).
 */
@Injectable()
export class PersonTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(
    organisationId: OrganisationId,
    input: { personId: string; purpose: string; subjectId?: string | null; expiresAt: Date },
    tx?: Tx,
  ): Promise<IssuedPersonToken> {
    const token = randomBytes(32).toString('base64url');
    const result = await managerOf(this.dataSource, tx).insert(PersonTokenEntity, {
      organisationId,
      personId: input.personId,
      purpose: input.purpose,
      subjectId: input.subjectId ?? null,
      tokenHash: hash(token),
      expiresAt: input.expiresAt,
    });
    return { token, id: result.identifiers[0]!['id'] as string };
  }

  /** Cross-organisation by nature (the token is the credential): the row names its organisation. Unused and unexpired only. */
  async findValid(token: string, purpose: string, now: Date, tx?: Tx): Promise<PersonTokenEntity | null> {
    if (!token || token.length > 200) return null;
    const row = await managerOf(this.dataSource, tx).findOneBy(PersonTokenEntity, { tokenHash: hash(token), purpose });
    if (!row || row.usedAt || row.expiresAt <= now) return null;
    return row;
  }

  /** Marks a token used; false when it was already used (a concurrent use lost the race). */
  async consume(id: string, now: Date, tx?: Tx): Promise<boolean> {
    const [, count] = (await managerOf(this.dataSource, tx).query(
      `UPDATE person_tokens SET used_at = $2 WHERE id = $1 AND used_at IS NULL`,
      [id, now],
    )) as [unknown, number];
    return count === 1;
  }

  /** Deletes expired and used tokens older than `before` (housekeeping). */
  async purge(before: Date): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `DELETE FROM person_tokens WHERE expires_at < $1 OR (used_at IS NOT NULL AND used_at < $1)`,
      [before],
    )) as [unknown, number];
    return count;
  }
}
