/**
 * The reader's colour theme. Without a stored choice the system's preference applies
 * (CSS `prefers-color-scheme`); a choice made with the header's toggle is kept in
 * localStorage under THEME_KEY and shown as `<html data-theme="light|dark">`, set before
 * the first paint by the inline script in src/node/integrations/theme-script.ts.
 */
export type Theme = 'light' | 'dark';

/** The key a reader's choice is stored under: the site may share its origin, hence not just `theme`. */
export const THEME_KEY = 'report-theme';

/**
 * Keys the sites stored choices under before (`<site>-report-theme`): read while THEME_KEY
 * holds none, and removed at the reader's next choice, so that nobody loses a saved theme.
 */
export const EARLIER_THEME_KEY = /.-report-theme$/;

/** The earlier keys `storage` holds. */
export const earlierThemeKeys = (storage: Storage): string[] =>
  Object.keys(storage).filter((key) => EARLIER_THEME_KEY.test(key));
