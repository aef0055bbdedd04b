import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a mailing link acts for: one person of one organisation, optionally about one delivery. */
export interface MailingLinkClaims {
  organisationId: string;
  personId: string;
  /** The newsletter delivery or job-alert mail the link came from (for unsubscribe figures), if any. */
  deliveryId?: string | null;
}

const VERSION = 'm1';
const SIGNATURE_BYTES = 16;

/**
 * Links in bulk mail (one-click unsubscribe, preference centre) must work without login and cannot be
 * stored one per recipient cheaply, so they are signed instead: HMAC-SHA256 over the claims with the
 * organisation's own `link_secret` (random, in the database, never exposed). Verifying needs that secret,
 * so the organisation id travels in clear; the signature makes every field tamper-proof.
 * They do not expire: an unsubscribe link must keep working for as long as the mail exists (RFC 8058).
 */
export function signMailingLink(secret: Buffer, claims: MailingLinkClaims): string {
  const payload = [claims.organisationId, claims.personId, claims.deliveryId ?? ''].join('.');
  return `${VERSION}.${payload}.${signature(secret, payload)}`;
}

/** The organisation id of a token (to look up its secret), or null when it is not a mailing link at all. */
export function mailingLinkOrganisation(token: string): string | null {
  const parts = parseParts(token);
  return parts ? parts.organisationId : null;
}

/** The claims when the signature matches this secret, else null. */
export function verifyMailingLink(secret: Buffer, token: string): MailingLinkClaims | null {
  const parts = parseParts(token);
  if (!parts) return null;
  const payload = [parts.organisationId, parts.personId, parts.deliveryId].join('.');
  const expected = Buffer.from(signature(secret, payload));
  const given = Buffer.from(parts.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { organisationId: parts.organisationId, personId: parts.personId, deliveryId: parts.deliveryId || null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function parseParts(token: string) {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [version, organisationId, personId, deliveryId, sig, ...rest] = token.split('.');
  if (version !== VERSION || rest.length || !organisationId || !personId || deliveryId === undefined || !sig) return null;
  if (!UUID.test(organisationId) || !UUID.test(personId) || (deliveryId && !UUID.test(deliveryId))) return null;
  return { organisationId, personId, deliveryId, signature: sig };
}

function signature(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret).update(payload, 'utf8').digest().subarray(0, SIGNATURE_BYTES).toString('base64url');
}
