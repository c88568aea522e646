import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * Sets `document.title` to "<page> – Havn", following the language. Soft hyphens, there for
 * long words in headings on a phone, are left out.
 */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page: page.replaceAll('\u00AD', '') });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

// The path the app was opened on, and whether the user has since moved to another page.
let firstPath: string | undefined;
let navigated = false;

/**
 * The page's one `h1`. After an in-app navigation (not on first load) it takes focus, so keyboard
 * and screen reader users start at the new page's heading instead of staying in the menu. A page
 * that focuses something else itself (a form's first field) passes `focusOnNavigation={false}`.
 */
export function PageHeading({
  children,
  focusOnNavigation = true,
  autoFocus = false,
}: {
  children: string;
  focusOnNavigation?: boolean;
  /** Take focus when shown, navigation or not: a new step within the same page. */
  autoFocus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    firstPath ??= pathname;
    if (pathname !== firstPath) navigated = true;
    if ((navigated && focusOnNavigation) || autoFocus) ref.current?.focus();
  }, [pathname, focusOnNavigation, autoFocus]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="havn-page-heading">
      {children}
    </Heading>
  );
}
