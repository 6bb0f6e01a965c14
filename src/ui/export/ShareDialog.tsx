import { lazy, Suspense, useEffect } from 'react';
import { useApp } from '../context';
import { publishSharedLink, useSharedLink } from './share-link';

// The panel and its QR code generator load on the first share.
const SharePanel = lazy(() => import('./SharePanel'));

/** Shows the last share link made, until it is dismissed or the workshop changes (the link is then stale). */
export function ShareDialog() {
  const link = useSharedLink();
  const workshop = useApp((s) => s.workshop);
  const stale = link !== null && link.workshop !== workshop;
  useEffect(() => {
    if (stale) publishSharedLink(null);
  }, [stale]);
  if (link === null || stale) return null;
  return (
    <Suspense fallback={null}>
      <SharePanel link={link} />
    </Suspense>
  );
}
