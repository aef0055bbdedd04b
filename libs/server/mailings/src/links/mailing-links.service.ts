import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationId } from '@kring/server-database';
import { mailingLinkOrganisation, signMailingLink, verifyMailingLink, type MailingLinkClaims } from './mailing-links';

/** Signs and verifies mailing links with each organisation's secret (read once per process and organisation). */
@Injectable()
export class MailingLinks {
  private readonly secrets = new Map<string, Buffer>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sign(organisationId: OrganisationId, claims: Omit<MailingLinkClaims, 'organisationId'>): Promise<string> {
    const secret = await this.secret(organisationId);
    if (!secret) throw new Error(`organisation ${organisationId} not found`);
    return signMailingLink(secret, { ...claims, organisationId });
  }

  /** The claims of a genuine link, else null (unknown organisation, bad signature, garbage). */
  async verify(token: string): Promise<(MailingLinkClaims & { organisationId: OrganisationId }) | null> {
    const organisationId = mailingLinkOrganisation(token);
    if (!organisationId) return null;
    const secret = await this.secret(organisationId);
    const claims = secret ? verifyMailingLink(secret, token) : null;
    return claims ? { ...claims, organisationId: organisationId as OrganisationId } : null;
  }

  /** The secret if this process already loaded it (any sign or verify of the organisation does), else null. */
  cachedSecret(organisationId: string): Buffer | null {
    return this.secrets.get(organisationId) ?? null;
  }

  private async secret(organisationId: string): Promise<Buffer | null> {
    const cached = this.secrets.get(organisationId);
    if (cached) return cached;
    const [row]: Array<{ link_secret: Buffer }> = await this.dataSource.query(`SELECT link_secret FROM organisations WHERE id = $1`, [organisationId]);
    if (!row) return null;
    this.secrets.set(organisationId, row.link_secret);
    return row.link_secret;
  }
}
