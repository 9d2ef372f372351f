/**
 * Where the report uses each glossary entry, as recorded by remark-glossary while the
 * sections render: for every entry, the sections and paragraphs that mention it.
 */
import { render } from 'astro:content';
import { getSections, type Section } from './content.ts';
import { pageDataOf, type Occurrence } from '../shared/page-data.ts';

export interface SectionUsage {
  section: Section;
  occurrences: Occurrence[];
}

let usage: Promise<Map<string, SectionUsage[]>> | undefined;

/** Entry id → the sections using it, in reading order. Computed once per build. */
export function getGlossaryUsage(): Promise<Map<string, SectionUsage[]>> {
  usage ??= (async () => {
    const byEntry = new Map<string, SectionUsage[]>();
    for (const section of await getSections()) {
      const { remarkPluginFrontmatter } = await render(section);
      const { occurrences } = pageDataOf(remarkPluginFrontmatter).glossary;
      for (const occurrence of occurrences) {
        const list = byEntry.get(occurrence.entry) ?? [];
        let entry = list.at(-1);
        if (entry?.section !== section) {
          entry = { section, occurrences: [] };
          list.push(entry);
        }
        entry.occurrences.push(occurrence);
        byEntry.set(occurrence.entry, list);
      }
    }
    return byEntry;
  })();
  return usage;
}
