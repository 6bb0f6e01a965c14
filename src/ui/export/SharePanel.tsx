/**
 * The share panel: the link made by Share (to copy by hand), its length, a warning where chat clients
 * may cut it, and its QR code for a room, drawn by React as SVG from the code's modules. Loads on the
 * first share (with qrcode-generator); Dismiss or Escape closes it.
 */
import { useEffect, useMemo, useState } from 'react';
import { SHARE_LINK_SAFE_LENGTH } from '../../state';
import { useTranslator } from '../context';
import { QR_MAX_BYTES, qrModules, qrPath } from './qr';
import { publishSharedLink, type SharedLink } from './share-link';
import './share-panel.css';

/** The quiet zone around a QR code, in modules (the standard's four). */
const QUIET = 4;

export default function SharePanel({ link }: { link: SharedLink }) {
  const tr = useTranslator();
  const modules = useMemo(() => qrModules(link.url), [link.url]);
  const length = link.url.length;
  const size = modules ? modules.length + 2 * QUIET : 0;
  // For a room: the code as large as the window allows, to be scanned from the seats.
  const [large, setLarge] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') publishSharedLink(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section className="share-panel" aria-labelledby="share-panel-title" data-share-panel>
      <div className="share-panel-head">
        <h2 id="share-panel-title">{tr.t('action.share')}</h2>
        <button type="button" className="share-panel-close" data-action="share-close" onClick={() => publishSharedLink(null)}>
          {tr.t('action.dismiss')}
        </button>
      </div>
      <div className="share-panel-body">
        <div className="share-panel-text">
          <p>{tr.t(link.copied ? 'share.copied' : 'share.ready', { length })}</p>
          {length > SHARE_LINK_SAFE_LENGTH ? (
            <p className="share-panel-warning" data-share-warning>
              {tr.t('share.long', { length, safe: SHARE_LINK_SAFE_LENGTH })}
            </p>
          ) : null}
          <label className="share-panel-link">
            <span>{tr.t('share.link')}</span>
            <input type="text" readOnly dir="ltr" value={link.url} data-share-link onFocus={(e) => e.currentTarget.select()} />
          </label>
        </div>
        {modules ? (
          <div className={`share-panel-qr${large ? ' is-large' : ''}`}>
            <svg data-share-qr role="img" aria-label={tr.t('share.qr')} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
              <rect width={size} height={size} fill="#fff" />
              <path d={qrPath(modules, QUIET)} fill="#000" />
            </svg>
            <button type="button" data-action="share-qr-large" aria-pressed={large} onClick={() => setLarge(!large)}>
              {tr.t('share.qrLarge')}
            </button>
          </div>
        ) : (
          <p className="share-panel-warning" data-share-qr-too-long>
            {tr.t('share.qrTooLong', { length, max: QR_MAX_BYTES })}
          </p>
        )}
      </div>
    </section>
  );
}
