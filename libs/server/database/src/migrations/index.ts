import { Foundation1763700000000 } from './1763700000000-foundation';
import { Referrals1763800000000 } from './1763800000000-referrals';
import { Rewards1763900000000 } from './1763900000000-rewards';
import { Points1764000000000 } from './1764000000000-points';
import { ReferralPersonIndexes1764100000000 } from './1764100000000-referral-person-indexes';
import { ErmCore1764200000000 } from './1764200000000-erm-core';
import { ErmSegments1764250000000 } from './1764250000000-erm-segments';
import { ErmPools1764300000000 } from './1764300000000-erm-pools';
import { ErmEvents1764400000000 } from './1764400000000-erm-events';
import { ErmPreboarding1764500000000 } from './1764500000000-erm-preboarding';
import { ErmOffboarding1764600000000 } from './1764600000000-erm-offboarding';
import { ErmPrivacy1764700000000 } from './1764700000000-erm-privacy';
import { Mailings1764800000000 } from './1764800000000-mailings';
import { MailingsNewsletters1764810000000 } from './1764810000000-mailings-newsletters';
import { MailingsPreferences1764820000000 } from './1764820000000-mailings-preferences';
import { MailingsJobAlerts1764830000000 } from './1764830000000-mailings-job-alerts';
import { MailingsActivationTracking1764840000000 } from './1764840000000-mailings-activation-tracking';
import { MailingsTracking1764850000000 } from './1764850000000-mailings-tracking';
import { Insights1764900000000 } from './1764900000000-insights';
import { InsightsRollups1764910000000 } from './1764910000000-insights-rollups';
import { InsightsSync1764920000000 } from './1764920000000-insights-sync';
import { InsightsIndexes1764930000000 } from './1764930000000-insights-indexes';
import { Match1764940000000 } from './1764940000000-match';
import { InsightsKpiRollups1764950000000 } from './1764950000000-insights-kpi-rollups';
import { MatchRankingSpeed1764960000000 } from './1764960000000-match-ranking-speed';
import { MatchReferrals1764970000000 } from './1764970000000-match-referrals';
import { NewsletterHotPath1764980000000 } from './1764980000000-newsletter-hot-path';
import { InsightsKpiSpeed1764990000000 } from './1764990000000-insights-kpi-speed';
import { InsightsParticipationBits1765000000000 } from './1765000000000-insights-participation-bits';
import { InsightsDropReferralLevelDays1765020000000 } from './1765020000000-insights-drop-referral-level-days';
import { MatchScores1765040000000 } from './1765040000000-match-scores';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations = [
  Foundation1763700000000,
  Referrals1763800000000,
  Rewards1763900000000,
  Points1764000000000,
  ReferralPersonIndexes1764100000000,
  ErmCore1764200000000,
  ErmSegments1764250000000,
  ErmPools1764300000000,
  ErmEvents1764400000000,
  ErmPreboarding1764500000000,
  ErmOffboarding1764600000000,
  ErmPrivacy1764700000000,
  Mailings1764800000000,
  MailingsNewsletters1764810000000,
  MailingsPreferences1764820000000,
  MailingsJobAlerts1764830000000,
  MailingsActivationTracking1764840000000,
  MailingsTracking1764850000000,
  Insights1764900000000,
  InsightsRollups1764910000000,
  InsightsSync1764920000000,
  InsightsIndexes1764930000000,
  Match1764940000000,
  InsightsKpiRollups1764950000000,
  MatchRankingSpeed1764960000000,
  MatchReferrals1764970000000,
  NewsletterHotPath1764980000000,
  InsightsKpiSpeed1764990000000,
  InsightsParticipationBits1765000000000,
  InsightsDropReferralLevelDays1765020000000,
  MatchScores1765040000000,
];
