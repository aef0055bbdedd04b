import { Foundation1763700000000 } from './1763700000000-foundation';
import { Referrals1763800000000 } from './1763800000000-referrals';
import { Rewards1763900000000 } from './1763900000000-rewards';
import { Points1764000000000 } from './1764000000000-points';
import { ReferralPersonIndexes1764100000000 } from './1764100000000-referral-person-indexes';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations = [Foundation1763700000000, Referrals1763800000000, Rewards1763900000000, Points1764000000000, ReferralPersonIndexes1764100000000];
