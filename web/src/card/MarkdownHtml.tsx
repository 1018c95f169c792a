import { useRouter } from '@tanstack/react-router';
import DOMPurify from 'dompurify';
import { useMemo, type MouseEvent } from 'react';

/**
 * Markdown as the server rendered it to safe HTML, sanitised once more in the browser before it is
 * inserted: a second line of defence, should a flaw in the server's rendering ever let markup through.
 * A link to a page of the app (`/boards/…`) opens it in the app, as the app's own links do, rather than loading
 * the app anew; with a modifier key it goes where the browser sends it (a new tab).
 */
export function MarkdownHtml({ html, className }: { html: string; className: string }) {
  const clean = useMemo(() => DOMPurify.sanitize(html), [html]);
  const router = useRouter();
  const followAppLink = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const href = link?.getAttribute('href');
    if (!href?.startsWith('/') || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.navigate({ href });
  };
  // The links inside are the keyboard's to follow; the container only hears their clicks.
  return <div className={className} onClick={followAppLink} dangerouslySetInnerHTML={{ __html: clean }} />;
}
