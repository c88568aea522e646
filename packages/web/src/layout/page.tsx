import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Sets `document.title` to "<page> – Havn", following the language. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

// The path the app was opened on, and whether the user has since moved to another page.
let firstPath: string | undefined;
let navigated = false;

/**
 * The page's one `h1`. After an in-app navigation (not on first load) it takes focus, so keyboard
 * and screen reader users start at the new page's heading instead of staying in the menu.
 */
export function PageHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    firstPath ??= pathname;
    if (pathname !== firstPath) navigated = true;
    if (navigated) ref.current?.focus();
  }, [pathname]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="havn-page-heading">
      {children}
    </Heading>
  );
}
