import { SmtpSink } from '@kring/server-testing';
import { startNewsletterTestApp } from './testing/newsletter-test-app';

it('measures enqueue of 50k', async () => {
  const sink = await SmtpSink.start();
  const app = await startNewsletterTestApp(sink.url);
  const org = await app.organisation();
  await app.people(org, 50_000);
  const auth = await app.hr(org);
  const segmentId = await app.segment(org);
  const n = await app.service.create(auth, { name: 'x', segmentId, variants: [{ locale: 'nl', subject: 's', bodyMarkdown: 'b' }] });
  const t = Date.now();
  const out = await app.service.send(auth, n.id, {});
  console.log('ENQUEUE', Date.now() - t, 'ms', out.figures.recipients);
  const t2 = Date.now();
  await app.engine.run(n.id);
  console.log('RUN500', Date.now() - t2, 'ms');
  await app.close();
  await sink.stop();
}, 120_000);
