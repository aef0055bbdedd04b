import { Typography } from '@mantine/core';

/** HTML the server has already sanitised (vacancy description, programme terms). */
export function HtmlContent({ html }: { html: string }) {
  return <Typography dangerouslySetInnerHTML={{ __html: html }} style={{ overflowWrap: 'anywhere' }} />;
}
