/**
 * The report's navigation (src/lib/navigation-model.ts) from the model of the report: for
 * the home page's contents, the contents beside each page and the previous/next links.
 */
import { getParts, getSections } from './content.ts';
import { buildNavigation, type Navigation } from './navigation-model.ts';
import { sectionUrl } from './page-urls.ts';

export type { Navigation, NavPart, NavSection } from './navigation-model.ts';

/** `current`: the slug of the page being read, if it is a section. */
export async function getNavigation(current?: string): Promise<Navigation> {
  const parts = await getParts();
  const sections = await getSections();
  return buildNavigation(
    parts.map((part) => ({ id: part.id, title: part.title, subtitle: part.subtitle })),
    sections.map((section) => ({
      slug: section.data.slug,
      title: section.data.title,
      shortTitle: section.data.shortTitle,
      part: section.part.id,
    })),
    { url: sectionUrl, current },
  );
}
