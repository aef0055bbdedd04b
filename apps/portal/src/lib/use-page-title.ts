import { useEffect } from 'react';

/** Sets the document title, so screen readers and tabs announce where the user is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Kring` : 'Kring';
  }, [title]);
}
