/**
 * The report's navigation from plain data: its parts, each with its sections, in reading
 * order, with each section's URL, whether it is the page being read, and the sections
 * before and after it. The home page's contents, the contents beside each page
 * (SectionNav.astro) and the previous/next links all read it. Pure, so that it is tested
 * without Astro; src/lib/navigation.ts feeds it the content collections.
 */

export interface PartInput {
  id: string;
  title: string;
  subtitle?: string;
}

export interface SectionInput {
  slug: string;
  title: string;
  /** Label in the contents beside the text and in previous/next links. */
  shortTitle: string;
  /** The id of its part. */
  part: string;
}

export interface NavSection {
  slug: string;
  title: string;
  shortTitle: string;
  url: string;
  /** The id of its part. */
  part: string;
  /** Whether it is the page being read. */
  current: boolean;
  /** Whether it comes first in its part (where the part's title is report text). */
  firstOfPart: boolean;
  /** The sections before and after it in reading order. */
  prev?: NavSection;
  next?: NavSection;
}

export interface NavPart {
  id: string;
  title: string;
  subtitle?: string;
  /** Its sections, in reading order. */
  sections: NavSection[];
}

export interface Navigation {
  /** The parts in their order, each with its sections. */
  parts: NavPart[];
  /** All sections in reading order. */
  sections: NavSection[];
  /** The section being read, if it is one. */
  current?: NavSection;
}

export interface NavigationOptions {
  /** The URL of a section's page, from its slug. */
  url: (slug: string) => string;
  /** The slug of the page being read (anything else, or nothing, marks no section). */
  current?: string;
}

/**
 * `parts` in their order and `sections` in reading order, as the content collections
 * give them (src/lib/content.ts). A section whose part is not among `parts` is an error.
 */
export function buildNavigation(
  parts: readonly PartInput[],
  sections: readonly SectionInput[],
  { url, current }: NavigationOptions,
): Navigation {
  const known = new Set(parts.map((part) => part.id));
  const all: NavSection[] = sections.map((section, i) => {
    if (!known.has(section.part))
      throw new Error(
        `navigation: section "${section.slug}" is in part "${section.part}", which is not among the parts (${[...known].join(', ')})`,
      );
    return {
      slug: section.slug,
      title: section.title,
      shortTitle: section.shortTitle,
      url: url(section.slug),
      part: section.part,
      current: section.slug === current,
      firstOfPart: i === 0 || sections[i - 1].part !== section.part,
    };
  });
  all.forEach((section, i) => {
    if (i > 0) section.prev = all[i - 1];
    if (i < all.length - 1) section.next = all[i + 1];
  });
  return {
    parts: parts.map((part) => ({
      id: part.id,
      title: part.title,
      subtitle: part.subtitle,
      sections: all.filter((section) => section.part === part.id),
    })),
    sections: all,
    current: all.find((section) => section.current),
  };
}
