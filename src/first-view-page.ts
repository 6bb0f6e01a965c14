/**
 * The static first view's page side (see vite.config.ts `firstView` and src/snapshot.tsx): the widths it
 * is drawn at and the script in index.html that shows the drawing that fits. Imports nothing of the app
 * but the session's storage key (the build reads this file).
 */
import { SESSION_KEY } from './state/session-key';

/**
 * The widths of the charts area the first view is drawn at: the app in a window 1280 and 1440 pixels
 * wide (three and four columns of panels). At other widths the drawing with the app's columns and the
 * nearest width is shown, its charts scaled to the panels; where none has the app's columns (narrow
 * windows), none is.
 */
export const FIRST_VIEW_WIDTHS = [905, 1065];
/** The page's widest (styles.css, .app). */
export const APP_MAX_WIDTH = 1680;
/** What the controls column and the margins take of the window (styles.css); a browser test checks it. */
export const CONTROLS_AND_MARGINS = 375;
/** The rows of charts the first view draws: the first screen shows the top of the first. */
export const FIRST_VIEW_CHART_ROWS = 1;

/**
 * Shows the static first view (src/snapshot.tsx) while the scripts load: runs as the page is read, after
 * the drawings and before the app's module. Only where it is what the app is about to draw: the default
 * workshop (no autosaved session, no share link) in Persian, at a width where the app lays its panels
 * out as a drawing does. The app's first commit replaces it.
 */
export const FIRST_VIEW_PICKER = `(function () {
  var views = Array.prototype.slice.call(document.querySelectorAll('#root > [data-first-view]'));
  var html = document.documentElement;
  // Takes the first view away (and the direction it set) if it is still there: once the app has
  // replaced it, nothing.
  var drop = function () {
    var shown = views.filter(function (v) { return v.isConnected; });
    shown.forEach(function (v) { v.parentNode.removeChild(v); });
    if (shown.length > 0) {
      html.lang = 'en';
      html.dir = 'ltr';
    }
  };
  try {
    var search = location.search;
    if (views.length === 0 || location.hash || (search && search !== '?lang=fa')) return drop();
    if (localStorage.getItem(${JSON.stringify(SESSION_KEY)}) !== null) return drop();
    var widthOf = function (v) { return Number(v.getAttribute('data-width')); };
    // The charts area is the window less the controls column and the margins (styles.css), up to the
    // page's widest (a browser test checks this); measuring it would lay the page out before its fonts.
    var width = Math.min(window.innerWidth, ${APP_MAX_WIDTH}) - ${CONTROLS_AND_MARGINS};
    var best = views.reduce(function (found, v) {
      var fits = width >= Number(v.getAttribute('data-min-width')) && width <= Number(v.getAttribute('data-max-width'));
      return fits && (!found || Math.abs(widthOf(v) - width) < Math.abs(widthOf(found) - width)) ? v : found;
    }, null);
    if (!best) return drop();
    views.forEach(function (v) { if (v !== best) v.parentNode.removeChild(v); });
    views = [best];
    best.setAttribute('data-shown', '');
    html.lang = 'fa';
    html.dir = 'rtl';
    // If the app cannot start, a picture of it must not stay up as if it had.
    window.addEventListener('error', drop, { once: true });
    setTimeout(drop, 20000);
  } catch (e) {
    drop();
  }
})();`;
