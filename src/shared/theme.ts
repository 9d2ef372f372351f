/**
 * The reader's colour theme. Without a stored choice the system's preference applies
 * (CSS `prefers-color-scheme`); a choice made with the header's toggle is kept in
 * localStorage under THEME_KEY and shown as `<html data-theme="light|dark">`, set before
 * the first paint by the inline script in src/node/integrations/theme-script.ts.
 */
export type Theme = 'light' | 'dark';

/**
 * The site may share its origin with others, hence the prefix. The value is the one the site
 * first stored choices under, kept so that readers keep their saved theme.
 */
export const THEME_KEY = 'qilihe-report-theme';
