import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import type { OrganisationId } from '@kring/server-database';
import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';
import * as QRCode from 'qrcode';
import { renderMarkdown } from '../markdown/markdown';
import { ProgrammeResolver, refusalError } from '../programmes/programme-resolver.service';
import { ReferralSubmissionService } from '../referrals/referral-submission.service';
import { ReferralsRepository } from '../referrals/referrals.repository';
import { ShareApplicationInput, ShareVisitInput } from './inputs/share-link.input';
import { ShareApplicationOutput, ShareLinkOutput, SharedVacancyOutput } from './outputs/share-link.output';
import { ShareLinkRow, ShareLinksRepository } from './share-links.repository';

/**
 * Personal share links: /r/<code> (the code sits in the path, so it survives tracking-parameter stripping),
 * with one variant per channel so clicks can be counted per channel. A candidate who applies through a link
 * becomes a referral of the link's owner, under the same programme and ownership rules as a referral form.
 */
@Injectable()
export class ShareLinksService {
  private readonly logger = new Logger(ShareLinksService.name);

  constructor(
    private readonly links: ShareLinksRepository,
    private readonly referrals: ReferralsRepository,
    private readonly programmes: ProgrammeResolver,
    private readonly submissions: ReferralSubmissionService,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  async mine(organisationId: OrganisationId, userId: string, vacancyId: string): Promise<ShareLinkOutput> {
    await this.assertOwnerMayShare(organisationId, userId, vacancyId);
    const link = await this.links.findOrCreate(organisationId, userId, vacancyId);
    const view = (await this.links.publicView(organisationId, link))!;
    const url = `${this.app.publicUrl}/r/${link.code}`;
    const channels = { linkedin: `${url}/linkedin`, whatsapp: `${url}/whatsapp`, email: `${url}/email`, copy: `${url}/copy`, qr: `${url}/qr` };
    const byChannel = await this.links.clicks(organisationId, link.id);
    const where = view.location ? ` in ${view.location}` : '';
    return {
      code: link.code,
      url,
      channels,
      qrSvg: await QRCode.toString(channels.qr, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      texts: {
        nl: `${view.organisationName} zoekt een ${view.title}${where}. Iets voor jou of voor iemand die je kent? Kijk hier: ${url}`,
        en: `${view.organisationName} is looking for a ${view.title}${where}. Something for you or someone you know? Take a look: ${url}`,
      },
      clicks: { total: Object.values(byChannel).reduce((sum, n) => sum + (n ?? 0), 0), byChannel },
    };
  }

  async publicVacancy(code: string): Promise<SharedVacancyOutput> {
    const { view } = await this.live(code);
    return {
      organisationName: view.organisationName,
      organisationLocale: view.organisationLocale,
      referrerFirstName: view.referrerFirstName,
      vacancy: {
        title: view.title,
        descriptionHtml: renderMarkdown(view.descriptionMarkdown),
        location: view.location,
        department: view.department,
        employmentType: view.employmentType,
        hoursMin: view.hoursMin,
        hoursMax: view.hoursMax,
      },
    };
  }

  async recordVisit(code: string, input: ShareVisitInput): Promise<void> {
    const link = await this.links.findByCode(code);
    if (!link) throw notFound('Link');
    await this.links.countVisit(link.organisationId, link.id, input.channel, this.clock.now().toISOString().slice(0, 10));
  }

  async apply(code: string, input: ShareApplicationInput): Promise<ShareApplicationOutput> {
    if (input.website) {
      // A filled-in honeypot: a bot. Answer as if all went well, keep nothing.
      this.logger.warn({ message: 'share-link application dropped by honeypot', code });
      return { status: 'received' };
    }
    const { link } = await this.live(code);
    await this.submissions.submit(
      link.organisationId,
      link.ownerUserId,
      {
        vacancyId: link.vacancyId,
        candidateName: input.name,
        candidateEmail: input.email,
        candidatePhone: input.phone,
        candidateLocale: input.locale,
        relationship: null,
        candidateInformed: true,
      },
      input.cv,
      { source: 'share_link', shareLinkId: link.id, candidateConsented: true, candidateNote: input.note ?? null },
    );
    return { status: 'received' };
  }

  /** A link works while its owner may still refer for its vacancy (active, eligible, vacancy open). */
  private async live(code: string): Promise<{ link: ShareLinkRow; view: NonNullable<Awaited<ReturnType<ShareLinksRepository['publicView']>>> }> {
    const link = await this.links.findByCode(code);
    const view = link && (await this.links.publicView(link.organisationId, link));
    if (!link || !view || !view.ownerActive || view.status !== 'open') {
      throw new DomainError('gone', ErrorCodes.vacancyNotOpen, 'This vacancy is no longer open');
    }
    return { link, view };
  }

  private async assertOwnerMayShare(organisationId: OrganisationId, userId: string, vacancyId: string): Promise<void> {
    const referrer = await this.referrals.referrer(organisationId, userId);
    if (!referrer) throw notFound('User');
    const resolution = await this.programmes.resolve(
      organisationId,
      { userId, audiences: this.programmes.audiencesOf(referrer.roles, referrer.employmentType) },
      vacancyId,
      this.clock.now(),
    );
    if (!resolution.ok) throw refusalError(resolution);
  }
}
