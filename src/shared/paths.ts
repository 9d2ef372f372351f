/**
 * The site's URL scheme, relative to the base path. Pages and the Markdown plugins
 * (which run outside Astro's page context) build URLs from these.
 */
export const sectionPath = (slug: string): string => `sections/${slug}/`;
export const glossaryIndexPath = (): string => 'glossary/';
export const glossaryPath = (id: string): string => `glossary/${id}/`;
export const searchPath = (): string => 'search/';
/** Paragraph anchors inside a section: `#p1`, `#p2`… in reading order. */
export const paragraphId = (index: number): string => `p${index}`;
/** The reading-order number of a paragraph id: `p12` → 12. */
export const paragraphNumber = (id: string): number => Number(id.replace(/^p/, ''));
export const indicatorsPath = (): string => 'indicators/';
export const fullReportPath = (): string => 'full/';
/** The id of a figure's link in the text, which the 主要指标 page links back to. */
export const figureAnchorId = (indicatorId: string): string => `fig-${indicatorId}`;
