import DOMPurify from 'dompurify';
import { useMemo } from 'react';

/**
 * Markdown as the server rendered it to safe HTML, sanitised once more in the browser before it is
 * inserted: a second line of defence, should a flaw in the server's rendering ever let markup through.
 */
export function MarkdownHtml({ html, className }: { html: string; className: string }) {
  const clean = useMemo(() => DOMPurify.sanitize(html), [html]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
