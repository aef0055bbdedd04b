import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { KpiQueryInput } from './inputs/kpi-query.input';
import { KpisService } from './kpis.service';
import { KpiOutput } from './outputs/kpi.output';

/** The HR dashboard's KPIs; each answers the period, the previous period, tables, formula and what data is missing. */
@ApiTags('insights')
@Controller('insights')
export class KpisController {
  constructor(private readonly kpis: KpisService) {}

  @Get('referral-funnel')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getReferralFunnelKpi', summary: 'Referral funnel: referrals submitted in the period and how far they got, with conversion per stage' })
  @ApiOkResponse({ type: KpiOutput })
  referralFunnel(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'referral-funnel', query);
  }

  @Get('participation')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getParticipationKpi', summary: 'Participation: share of eligible referrers who referred or shared in the period' })
  @ApiOkResponse({ type: KpiOutput })
  participation(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'participation', query);
  }

  @Get('source-of-hire')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getSourceOfHireKpi', summary: 'Source of hire: hires in the period per channel and their share' })
  @ApiOkResponse({ type: KpiOutput })
  sourceOfHire(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'source-of-hire', query);
  }

  @Get('time-to-hire')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getTimeToHireKpi', summary: 'Time to hire: median days from application to hire per channel' })
  @ApiOkResponse({ type: KpiOutput })
  timeToHire(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'time-to-hire', query);
  }

  @Get('cost-per-hire')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getCostPerHireKpi', summary: 'Cost per hire per channel (prorated costs plus referral rewards)' })
  @ApiOkResponse({ type: KpiOutput })
  costPerHire(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'cost-per-hire', query);
  }

  @Get('offer-acceptance')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getOfferAcceptanceKpi', summary: 'Offer acceptance: accepted of decided offers per channel' })
  @ApiOkResponse({ type: KpiOutput })
  offerAcceptance(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'offer-acceptance', query);
  }

  @Get('quality-of-hire')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getQualityOfHireKpi', summary: 'Quality of hire: mean rating at 6 and 12 months per channel' })
  @ApiOkResponse({ type: KpiOutput })
  qualityOfHire(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'quality-of-hire', query);
  }

  @Get('retention')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getRetentionKpi', summary: 'Retention after 1 and 2 years: referred hires against others, referrers against non-referrers (cohort tables)' })
  @ApiOkResponse({ type: KpiOutput })
  retention(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'retention', query);
  }

  @Get('candidate-nps')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getCandidateNpsKpi', summary: 'Candidate experience: net promoter score of the candidate survey' })
  @ApiOkResponse({ type: KpiOutput })
  candidateNps(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'candidate-nps', query);
  }

  @Get('phase-funnel')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getPhaseFunnelKpi', summary: 'ERM phase funnel: people per phase at the end of the period and movements per month' })
  @ApiOkResponse({ type: KpiOutput })
  phaseFunnel(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'phase-funnel', query);
  }

  @Get('newsletter-engagement')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getNewsletterEngagementKpi', summary: 'Newsletter engagement: sent, delivered, bounced, unsubscribed, opened and clicked' })
  @ApiOkResponse({ type: KpiOutput })
  newsletterEngagement(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'newsletter-engagement', query);
  }

  @Get('job-alert-engagement')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getJobAlertEngagementKpi', summary: 'Job-alert engagement: mails sent and failed, bounces, unsubscribes, subscriptions' })
  @ApiOkResponse({ type: KpiOutput })
  jobAlertEngagement(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'job-alert-engagement', query);
  }

  @Get('roi')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getRoiKpi', summary: 'ROI per programme: (savings − investment) / investment × 100, with its inputs' })
  @ApiOkResponse({ type: KpiOutput })
  roi(@Auth() auth: AuthContext, @Query() query: KpiQueryInput): Promise<KpiOutput> {
    return this.kpis.get(auth.organisationId, 'roi', query);
  }
}
