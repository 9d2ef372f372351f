/**
 * The site's URL scheme, relative to the base path. Pages and the Markdown plugins
 * (which run outside Astro's page context) build URLs from these.
 */
export const sectionPath = (slug: string): string => `sections/${slug}/`;
export const glossaryIndexPath = (): string => 'glossary/';
export const glossaryPath = (id: string): string => `glossary/${id}/`;
export const searchPath = (): string => 'search/';
/** A paragraph anchor inside a section: `#p1`, `#p2`… (src/node/content/paragraph-anchors.ts). */
export const paragraphId = (number: number): string => `p${number}`;
export const indicatorsPath = (): string => 'indicators/';
/** The 主要指标 table as CSV, beside its page. */
export const INDICATORS_CSV = 'indicators.csv';
export const indicatorsCsvPath = (): string => `${indicatorsPath()}${INDICATORS_CSV}`;
export const fullReportPath = (): string => 'full/';
export const reconcilePath = (): string => 'reconcile/';
/** The 对账单 as CSV, beside its page. */
export const RECONCILE_CSV = 'reconcile.csv';
/** The id of a figure's link in the text, which the 主要指标 page links back to. */
export const figureAnchorId = (indicatorId: string): string => `fig-${indicatorId}`;
/** The Atom feed of the reports the site publishes (src/pages/feed.xml.ts). */
export const FEED_PATH = 'feed.xml';
