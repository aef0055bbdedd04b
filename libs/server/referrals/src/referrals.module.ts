import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REFERRAL_ENTITIES } from './entities';

/** Vacancies, programmes, referrals with the candidate's consent, share links and the HR pipeline. */
@Module({
  imports: [TypeOrmModule.forFeature(REFERRAL_ENTITIES)],
})
export class ReferralsModule {}
