/**
 * An integration that hands pages a value worked out once in Node as the module `virtual:<name>`
 * (its default export, as JSON): how the model of the report and the library's list reach
 * the pages without any page reading a content file.
 */
import type { AstroIntegration } from 'astro';

export function virtualModule(name: string, value: unknown): AstroIntegration {
  const module = `virtual:${name}`;
  const resolved = `\0${module}`;
  const source = `export default ${JSON.stringify(value)};`;
  return {
    name,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name,
                resolveId: (id: string) => (id === module ? resolved : undefined),
                load: (id: string) => (id === resolved ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
