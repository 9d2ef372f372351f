/**
 * Which redirects of <report>/redirects.yaml move a section to another section: those old
 * addresses answer with the section's page itself (src/pages/sections/[slug].astro); every
 * other old address answers with a page that leads on (src/pages/[...moved].astro).
 */
const SECTION = /^sections\/([^/]+)\/$/;

/** Each old section address (its slug) and the slug of the section it leads to now. */
export function movedSections(redirects: readonly { from: string; to: string }[]): { from: string; slug: string }[] {
  return redirects.flatMap(({ from, to }) => {
    const old = SECTION.exec(from)?.[1];
    const now = SECTION.exec(to)?.[1];
    return old && now ? [{ from: old, slug: now }] : [];
  });
}
