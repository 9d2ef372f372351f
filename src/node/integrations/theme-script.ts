import type { AstroIntegration } from 'astro';
import { EARLIER_THEME_KEY, THEME_KEY } from '../../shared/theme.ts';

/**
 * Sets the stored theme before the first paint. It has to be a classic inline script in
 * <head>: module scripts run only after the page is parsed, too late to avoid a flash of
 * the other theme. Storage can be unavailable (privacy settings): the system theme applies.
 * A choice stored under an earlier key applies while the current key holds none.
 */
export const THEME_SCRIPT = `try{const s=localStorage,e=Object.keys(s).find(k=>${EARLIER_THEME_KEY}.test(k)),t=s.getItem(${JSON.stringify(THEME_KEY)})??s[e];if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/**
 * Puts THEME_SCRIPT in the <head> of every page, after the Content-Security-Policy <meta>
 * (so the policy applies to it). Astro lists the hash of each script injected this way in
 * the policy's script-src: the hash is computed from the very text that is inlined.
 */
export default function themeScriptIntegration(): AstroIntegration {
  return {
    name: 'report-theme-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_SCRIPT),
    },
  };
}
