import { Test } from '@nestjs/testing';
import { ConfigModule } from '@kring/server-config';
import { asOrganisationId, DatabaseModule } from '@kring/server-database';
import { createTestDatabase, testConfig, type TestDatabase } from '@kring/server-testing';
import { DataSource } from 'typeorm';
import { MailingLinks } from './mailing-links.service';

describe('MailingLinks (organisation secrets in PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('signs with each organisation its own random secret, and verifies only genuine links', async () => {
    const module = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ config: testConfig(db.url) }), DatabaseModule.forRoot()],
      providers: [MailingLinks],
    }).compile();
    await module.init();
    try {
      const dataSource = module.get(DataSource);
      const [a] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('A', 'links-a') RETURNING id, link_secret`);
      const [b] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('B', 'links-b') RETURNING id, link_secret`);
      expect(Buffer.compare(a.link_secret, b.link_secret)).not.toBe(0);
      expect(a.link_secret).toHaveLength(32);

      const links = module.get(MailingLinks);
      const personId = '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170';
      const token = await links.sign(asOrganisationId(a.id), { personId });
      expect(await links.verify(token)).toEqual({ organisationId: a.id, personId, deliveryId: null });
      // The same claims presented as organisation B's do not verify with B's secret.
      expect(await links.verify(token.replace(a.id, b.id))).toBeNull();
      expect(await links.verify(token.replace(a.id, '00000000-0000-4000-8000-000000000000'))).toBeNull();
    } finally {
      await module.close();
    }
  });
});
