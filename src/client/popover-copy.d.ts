/**
 * `./popover.ts?copy` is popover.ts itself, bundled as a separate copy into the chunk that
 * imports it (see popover.ts): the same exports, the same types.
 */
declare module '*/popover.ts?copy' {
  const popover: typeof import('./popover.ts');
  export = popover;
}
