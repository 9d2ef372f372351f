/** The library's reports, newest first, as its pages read them (src/node/integrations/library-model.ts). */
declare module 'virtual:library' {
  const reports: import('../shared/library.ts').LibraryReport[];
  export default reports;
}
