import MarkdownIt from 'markdown-it';

/** Schemes a rendered link or image may point at. Everything else (javascript:, data:, vbscript:, file:, relative) is dropped. */
const ALLOWED_URL = /^(https?:\/\/|mailto:)/i;

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

// markdown-it already refuses javascript:, vbscript: and file: (and data: other than some images); this
// narrows it further to http(s) and mailto. A refused destination leaves the Markdown source as plain text.
const defaultValidateLink = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidateLink(url) && ALLOWED_URL.test(url.trim());

// Every link opens in a new tab without giving the target page a handle on ours, and without passing rank.
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

/**
 * Renders Markdown written by HR (vacancy descriptions, programme terms) to HTML that is safe to insert into a
 * page: raw HTML is escaped rather than passed through, and links only go to http(s) or mailto addresses.
 */
export function renderMarkdown(markdown: string): string {
  return md.render(markdown ?? '');
}
