import { Injectable } from '@nestjs/common';
import { OrganisationId, Tx } from '@kring/server-database';
import { FilesService } from '@kring/server-storage';
import { ReferralEntity } from '../entities/referral.entity';
import { ReferralsRepository } from '../referrals/referrals.repository';

/**
 * Erases a candidate's personal data from a referral (decline, or no answer in time). What stays is an
 * anonymous row (programme, vacancy, referrer, dates, consent state) so statistics still add up.
 * The candidate's person record goes too, unless something else still needs it (an account, another referral), or
 * the person existed before the referral (source 'match': HR referred someone Search & Match found).
 */
@Injectable()
export class ReferralErasure {
  constructor(
    private readonly referrals: ReferralsRepository,
    private readonly files: FilesService,
  ) {}

  async erase(tx: Tx, organisationId: OrganisationId, referral: ReferralEntity, now: Date): Promise<void> {
    await this.referrals.update(
      organisationId,
      referral.id,
      {
        candidateName: null,
        candidateEmail: null,
        candidatePhone: null,
        candidatePersonId: null,
        motivation: null,
        candidateNote: null,
        relationship: null,
        cvFileId: null,
        matchSkills: null,
        erasedAt: now,
      },
      tx,
    );
    if (referral.cvFileId) await this.files.erase(organisationId, referral.cvFileId, tx);
    // A 'match' referral's candidate was a person (with matching consent) before HR referred them: declining this
    // referral erases the referral, not the existing relationship.
    if (referral.candidatePersonId && referral.source !== 'match') {
      await tx.query(
        `DELETE FROM people p WHERE p.organisation_id = $1 AND p.id = $2
            AND NOT EXISTS (SELECT 1 FROM users u WHERE u.person_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.candidate_person_id = p.id OR r.hired_person_id = p.id)`,
        [organisationId, referral.candidatePersonId],
      );
    }
  }
}
