import { createHmac, timingSafeEqual } from 'node:crypto';

/** The open pixel and click redirect, under the public mailing routes. */
export const TRACKING_OPEN_PATH = '/api/public/mailings/open';
export const TRACKING_CLICK_PATH = '/api/public/mailings/click';

/** Longer targets are left untracked (the click URL would exceed what mail clients keep intact). */
export const MAX_TRACKED_URL_LENGTH = 2000;

const CLICK_SIGNATURE_BYTES = 16;

/**
 * The click signature: HMAC-SHA256 with the organisation's `link_secret` over the mailing-link token and the exact
 * target URL. The token names organisation, person and delivery (and is itself signed); this binds the target to it,
 * so the redirect only ever goes where our own mail pointed: never an open redirect.
 */
export function signClick(secret: Buffer, token: string, url: string): string {
  return createHmac('sha256', secret).update(`click\n${token}\n${url}`, 'utf8').digest().subarray(0, CLICK_SIGNATURE_BYTES).toString('base64url');
}

export function verifyClick(secret: Buffer, token: string, url: string, signature: string): boolean {
  if (typeof signature !== 'string' || typeof url !== 'string' || url.length > MAX_TRACKED_URL_LENGTH) return false;
  const expected = Buffer.from(signClick(secret, token, url));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Only absolute http(s) URLs are tracked and redirected to. */
export function isTrackableUrl(url: string): boolean {
  if (url.length > MAX_TRACKED_URL_LENGTH) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

export function openUrl(publicUrl: string, token: string): string {
  return `${publicUrl}${TRACKING_OPEN_PATH}?t=${encodeURIComponent(token)}`;
}

export function clickUrl(publicUrl: string, secret: Buffer, token: string, url: string): string {
  return `${publicUrl}${TRACKING_CLICK_PATH}?t=${encodeURIComponent(token)}&u=${encodeURIComponent(url)}&s=${signClick(secret, token, url)}`;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An attribute value as the mail client reads it: character references decoded (&amp; → &, &#39; → '). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

export interface RewriteOptions {
  publicUrl: string;
  secret: Buffer;
  token: string;
  /** URLs left alone: our own unsubscribe and preference links (they must keep working without a detour). */
  keep: (url: string) => boolean;
  escape: (value: string) => string;
}

/** `<a … href="…">` (double, single or unquoted), case-insensitive; the href group is rewritten, the rest kept. */
const ANCHOR_HREF = /(<a\b[^>]*?\shref\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/**
 * Rewrites every tracked link of an HTML mail to the signed click redirect and adds the open pixel before
 * `</body>`. mailto:, tel:, anchors, relative links and `keep` URLs stay as they are.
 */
export function rewriteHtml(html: string, options: RewriteOptions): string {
  const rewritten = html.replace(ANCHOR_HREF, (whole, head: string, dq?: string, sq?: string, bare?: string) => {
    const raw = dq ?? sq ?? bare ?? '';
    const url = decodeAttribute(raw).trim();
    if (!isTrackableUrl(url) || options.keep(url)) return whole;
    return `${head}"${options.escape(clickUrl(options.publicUrl, options.secret, options.token, url))}"`;
  });
  const pixel = `<img src="${options.escape(openUrl(options.publicUrl, options.token))}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0;">`;
  const close = rewritten.search(/<\/body\s*>/i);
  return close === -1 ? `${rewritten}${pixel}` : `${rewritten.slice(0, close)}${pixel}\n${rewritten.slice(close)}`;
}
