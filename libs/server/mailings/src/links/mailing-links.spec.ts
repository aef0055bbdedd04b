import { randomBytes } from 'node:crypto';
import { mailingLinkOrganisation, signMailingLink, verifyMailingLink } from './mailing-links';

const secret = randomBytes(32);
const claims = {
  organisationId: '0b7c8a9e-1f2d-4c3b-9a8e-7d6c5b4a3f21',
  personId: '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170',
  deliveryId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
};

describe('mailing links', () => {
  it('verify what they sign, with and without a delivery', () => {
    expect(verifyMailingLink(secret, signMailingLink(secret, claims))).toEqual(claims);
    const withoutDelivery = signMailingLink(secret, { ...claims, deliveryId: null });
    expect(verifyMailingLink(secret, withoutDelivery)).toEqual({ ...claims, deliveryId: null });
    expect(mailingLinkOrganisation(withoutDelivery)).toBe(claims.organisationId);
  });

  it('refuse another secret, any changed field and garbage', () => {
    const token = signMailingLink(secret, claims);
    expect(verifyMailingLink(randomBytes(32), token)).toBeNull();
    const otherPerson = token.replace(claims.personId, '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928171');
    expect(verifyMailingLink(secret, otherPerson)).toBeNull();
    expect(verifyMailingLink(secret, token.replace(`.${claims.deliveryId}.`, '..'))).toBeNull();
    for (const bad of ['', 'm1', 'm2.x.y.z.s', `${token}.extra`, 'm1.not-a-uuid.x..sig', 'x'.repeat(500)]) {
      expect(verifyMailingLink(secret, bad)).toBeNull();
    }
  });
});
