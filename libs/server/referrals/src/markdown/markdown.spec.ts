import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('# Verpleegkundige\n\nWij zoeken **jou**.\n\n- zorg\n- team');
    expect(html).toContain('<h1>Verpleegkundige</h1>');
    expect(html).toContain('<strong>jou</strong>');
    expect(html).toContain('<li>zorg</li>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an image with onerror', '<img src=x onerror="alert(1)">'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an inline event handler in a span', 'hello <span onmouseover="alert(1)">there</span>'],
    ['an svg with onload', '<svg onload=alert(1)>'],
  ])('escapes raw HTML: %s', (_name, input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/<(script|img|iframe|span|svg)\b/i);
    expect(html).toContain('&lt;');
  });

  it.each([
    ['javascript: link', '[klik](javascript:alert(1))'],
    ['upper-case JAVASCRIPT: link', '[klik](JAVASCRIPT:alert(1))'],
    ['entity-encoded javascript: link', '[klik](javascript&#58;alert(1))'],
    ['javascript: with leading whitespace', '[klik]( javascript:alert(1))'],
    ['vbscript: link', '[klik](vbscript:msgbox(1))'],
    ['data: URL link', '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['data: image', '![x](data:image/png;base64,iVBORw0KGgo=)'],
    ['file: link', '[klik](file:///etc/passwd)'],
    ['javascript: autolink', '<javascript:alert(1)>'],
    ['relative link', '[klik](/admin)'],
  ])('renders no link or image for a %s', (_name, input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/<a\b|<img\b/);
    expect(html).not.toMatch(/href=|src=/);
  });

  it('keeps http(s) and mailto links, opening in a new tab without opener or referrer', () => {
    const html = renderMarkdown('[site](https://kring.example/jobs) en [mail](mailto:hr@kring.example) en [oud](http://kring.example)');
    expect(html).toContain(
      '<a href="https://kring.example/jobs" target="_blank" rel="noopener noreferrer nofollow">site</a>',
    );
    expect(html).toContain('<a href="mailto:hr@kring.example" target="_blank" rel="noopener noreferrer nofollow">mail</a>');
    expect(html).toContain('href="http://kring.example"');
  });

  it('turns bare URLs into safe links (linkify)', () => {
    const html = renderMarkdown('Zie https://kring.example/vacatures voor meer.');
    expect(html).toContain(
      '<a href="https://kring.example/vacatures" target="_blank" rel="noopener noreferrer nofollow">https://kring.example/vacatures</a>',
    );
  });

  it('escapes quotes so an attribute cannot be broken out of', () => {
    const html = renderMarkdown('[x](https://kring.example/"onmouseover="alert(1))');
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });

  it('renders an empty description as an empty string', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
