import { randomBytes } from 'node:crypto';
import { escapeHtml } from '@kring/server-mail';
import { compileNewsletter } from '../newsletters/newsletter-render';
import { clickUrl, decodeAttribute, isTrackableUrl, rewriteHtml, signClick, TRACKING_CLICK_PATH, TRACKING_OPEN_PATH, verifyClick } from './tracking-links';

const PUBLIC = 'https://kring.example.nl';
const TOKEN = 'm1.11111111-1111-4111-8111-111111111111.22222222-2222-4222-8222-222222222222.33333333-3333-4333-8333-333333333333.c2lnbmF0dXJlMTIzNDU2';
const secret = randomBytes(32);
const keep = (url: string) => url.startsWith(`${PUBLIC}/api/public/mailings/`) || url.startsWith(`${PUBLIC}/preferences/`);
const rewrite = (html: string) => rewriteHtml(html, { publicUrl: PUBLIC, secret, token: TOKEN, keep, escape: escapeHtml });

/** Every href of the HTML, decoded as a mail client reads it. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/gi)].map((m) => decodeAttribute(m[1]!));

describe('tracking links: rewriting the HTML part', () => {
  it('points http(s) links at the signed click redirect and leaves mailto, tel, anchors and our own links alone', () => {
    const html = `<html><body>
<p><a href="https://www.delinde.nl/vacatures?afdeling=zorg&amp;plaats=Zwolle">Vacatures</a>
<a class="x" HREF='http://example.org/a b'>single quoted</a>
<a href=https://unquoted.example/x>unquoted</a>
<a href="mailto:hr@delinde.nl?subject=Hoi&amp;body=x">mail</a> <a href="tel:+31201234567">bel</a> <a href="#boven">top</a> <a href="/relative">rel</a>
<a href="${PUBLIC}/api/public/mailings/unsubscribe?token=abc&amp;topic=newsletter">Afmelden</a>
<a href="${PUBLIC}/preferences/manage?token=abc">Voorkeuren</a>
<img src="https://www.delinde.nl/logo.png" alt="logo"></p>
</body></html>`;
    const out = rewrite(html);
    const links = hrefs(out);
    const tracked = links.filter((h) => h.startsWith(`${PUBLIC}${TRACKING_CLICK_PATH}?`)).map((h) => new URL(h));
    expect(tracked.map((u) => u.searchParams.get('u'))).toEqual([
      'https://www.delinde.nl/vacatures?afdeling=zorg&plaats=Zwolle', // entity decoded: the real target, not "&amp;"
      'http://example.org/a b',
      'https://unquoted.example/x',
    ]);
    for (const u of tracked) {
      expect(u.searchParams.get('t')).toBe(TOKEN);
      expect(verifyClick(secret, TOKEN, u.searchParams.get('u')!, u.searchParams.get('s')!)).toBe(true);
    }
    expect(links).toContain('mailto:hr@delinde.nl?subject=Hoi&body=x');
    expect(out).toContain('<a href="mailto:hr@delinde.nl?subject=Hoi&amp;body=x">'); // untouched byte for byte
    expect(out).toContain('<a href="tel:+31201234567">');
    expect(out).toContain('<a href="#boven">');
    expect(out).toContain('<a href="/relative">');
    expect(out).toContain(`<a href="${PUBLIC}/api/public/mailings/unsubscribe?token=abc&amp;topic=newsletter">Afmelden</a>`);
    expect(out).toContain(`<a href="${PUBLIC}/preferences/manage?token=abc">Voorkeuren</a>`);
    expect(out).toContain('<img src="https://www.delinde.nl/logo.png" alt="logo">'); // images are not links
    expect(out).toContain('<a class="x" HREF="'); // other attributes and the tag itself kept
  });

  it('escapes the new attribute values: no raw & or quote can break out of the href', () => {
    const out = rewrite(`<body><a href="https://x.example/?q=&quot;&gt;&lt;script&gt;&amp;r=1">x</a></body>`);
    const [, value] = /<a href="([^"]*)">x<\/a>/.exec(out)!;
    expect(value).not.toMatch(/[<>"]/);
    expect(value).not.toMatch(/&(?!amp;|quot;|lt;|gt;|#39;)/);
    expect(new URL(decodeAttribute(value!)).searchParams.get('u')).toBe('https://x.example/?q="><script>&r=1');
  });

  it('adds exactly one open pixel before </body>, carrying the token', () => {
    const out = rewrite('<html><body><p>Hoi</p></body></html>');
    const pixels = [...out.matchAll(/<img src="([^"]*)" width="1" height="1"/g)];
    expect(pixels).toHaveLength(1);
    expect(decodeAttribute(pixels[0]![1]!)).toBe(`${PUBLIC}${TRACKING_OPEN_PATH}?t=${encodeURIComponent(TOKEN)}`);
    expect(out.indexOf('width="1"')).toBeLessThan(out.indexOf('</body>'));
    expect(rewrite('<p>zonder body</p>')).toMatch(/<p>zonder body<\/p><img src="[^"]+" width="1"/);
  });

  it('binds the signature to the exact URL, the token and the secret', () => {
    const url = 'https://www.delinde.nl/vacatures/42';
    const s = signClick(secret, TOKEN, url);
    expect(verifyClick(secret, TOKEN, url, s)).toBe(true);
    expect(verifyClick(secret, TOKEN, 'https://evil.example/', s)).toBe(false);
    expect(verifyClick(secret, TOKEN, `${url}/`, s)).toBe(false);
    expect(verifyClick(secret, TOKEN.replace('c2ln', 'c2lm'), url, s)).toBe(false);
    expect(verifyClick(randomBytes(32), TOKEN, url, s)).toBe(false);
    expect(verifyClick(secret, TOKEN, url, `${s}x`)).toBe(false);
    expect(verifyClick(secret, TOKEN, url, '')).toBe(false);
    expect(new URL(clickUrl(PUBLIC, secret, TOKEN, url)).searchParams.get('s')).toBe(s);
  });

  it('tracks only absolute http(s) URLs of sane length', () => {
    expect(isTrackableUrl('https://a.example/')).toBe(true);
    expect(isTrackableUrl('javascript:alert(1)')).toBe(false);
    expect(isTrackableUrl('data:text/html,x')).toBe(false);
    expect(isTrackableUrl('//a.example/')).toBe(false);
    expect(isTrackableUrl(`https://a.example/${'x'.repeat(2000)}`)).toBe(false);
  });

  it('rewrites a real newsletter: its body links tracked, its footer links and text part untouched', () => {
    const compiled = compileNewsletter(
      { name: 'Zorggroep De Linde', defaultLocale: 'nl' },
      { locale: 'nl', subject: 'Nieuws', preheader: 'Kort', bodyMarkdown: 'Bekijk [onze vacatures](https://www.delinde.nl/werken?a=1&b=2) of mail [ons](mailto:hr@delinde.nl).' },
    );
    const unsubscribeUrl = `${PUBLIC}/api/public/mailings/unsubscribe?token=${encodeURIComponent(TOKEN)}&topic=newsletter`;
    const preferencesUrl = `${PUBLIC}/preferences/manage?token=${encodeURIComponent(TOKEN)}`;
    const mail = compiled.personalise({ firstName: 'Anna', unsubscribeUrl, preferencesUrl, deliveryId: 'd', token: TOKEN, personal: null });
    const out = rewrite(mail.html);
    const links = hrefs(out);
    expect(links).toContain(unsubscribeUrl);
    expect(links).toContain(preferencesUrl);
    expect(links).toContain('mailto:hr@delinde.nl');
    const tracked = links.filter((h) => h.includes(TRACKING_CLICK_PATH)).map((h) => new URL(h).searchParams.get('u'));
    expect(tracked).toEqual(['https://www.delinde.nl/werken?a=1&b=2']);
    expect(mail.text).not.toContain(TRACKING_CLICK_PATH);
  });
});
