/**
 * Hands the library's list of reports (src/node/content/load-library.ts), read once by
 * astro.library.config.mjs, to the library's pages as the module `virtual:library`.
 */
import type { AstroIntegration } from 'astro';
import type { LibraryReport } from '../../shared/library.ts';
import { virtualModule } from './virtual-module.ts';

export default function libraryModel(reports: readonly LibraryReport[]): AstroIntegration {
  return virtualModule('library', reports);
}
