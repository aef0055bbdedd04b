import MarkdownIt from 'markdown-it';

// A minimal copy of libs/server/referrals/src/markdown/markdown.ts (not exported by that library): the same
// sanitising rules, so newsletter bodies and vacancy texts are held to one standard.

/** Schemes a rendered link or image may point at. Everything else (javascript:, data:, vbscript:, file:, relative) is dropped. */
const ALLOWED_URL = /^(https?:\/\/|mailto:)/i;

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
const defaultValidateLink = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidateLink(url) && ALLOWED_URL.test(url.trim());

const renderToken: NonNullable<MarkdownIt['renderer']['rules']['link_open']> = (tokens, idx, options, _env, self) =>
  self.renderToken(tokens, idx, options);
const defaultLinkOpen = md.renderer.rules.link_open ?? renderToken;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = token.attrGet('href') ?? '';
  if (!ALLOWED_URL.test(href.trim())) token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
  token.attrSet('target', '_blank');
  token.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** HR's Markdown as HTML that is safe in a mail: raw HTML escaped, links only to http(s) and mailto. */
export function renderNewsletterMarkdown(markdown: string): string {
  return md.render(markdown ?? '');
}
