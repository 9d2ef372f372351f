import type { Loader } from 'astro/loaders';

/**
 * Wraps a loader so that two entries sharing a value of `field` stop the content sync
 * (and so `astro build`, `astro sync` and `astro check`), naming both files. Astro
 * itself only checks ids; a duplicate `order` would silently shuffle the reading order.
 */
export function uniqueField(inner: Loader, field: string): Loader {
  return {
    ...inner,
    name: `${inner.name}-unique-${field}`,
    async load(context) {
      await inner.load(context);
      const seen = new Map<unknown, string>();
      for (const entry of context.store.values()) {
        const value = (entry.data as Record<string, unknown>)[field];
        const file = entry.filePath ?? entry.id;
        const other = seen.get(value);
        if (other !== undefined) {
          throw new Error(`${file}: field "${field}": value ${JSON.stringify(value)} is already used by ${other}`);
        }
        seen.set(value, file);
      }
    },
  };
}
