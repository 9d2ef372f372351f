/**
 * The header's 深色模式 button: pressed when the page is dark, by the reader's choice or
 * the system's. A click shows the other theme and stores it, or forgets the choice when the
 * other theme is the system's (the page then follows the system again). The button is
 * hidden until this script has given it its state (aria-pressed).
 */
import { earlierThemeKeys, THEME_KEY, type Theme } from '../shared/theme.ts';

const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const button = document.querySelector('.theme-toggle');

const systemTheme = (): Theme => (systemDark.matches ? 'dark' : 'light');
const isDark = () => (root.dataset.theme ?? systemTheme()) === 'dark';
const sync = () => button?.setAttribute('aria-pressed', String(isDark()));

button?.addEventListener('click', () => {
  const next: Theme = isDark() ? 'light' : 'dark';
  const follow = next === systemTheme();
  if (follow) delete root.dataset.theme;
  else root.dataset.theme = next;
  try {
    // The choice is the reader's new one: a choice stored under an earlier key is done with.
    for (const key of earlierThemeKeys(localStorage)) localStorage.removeItem(key);
    if (follow) localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, next);
  } catch {
    // Storage is off: the choice lasts as long as the page.
  }
  sync();
});
systemDark.addEventListener('change', sync);
sync();
