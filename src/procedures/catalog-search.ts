import { foldForSearch, searchWords } from '../platform/text/fold-for-search.ts';
import type { PublishedProcedure } from './service.ts';

/** Every word of the query must appear in the procedure's title, summary, audience or what to bring. */
export function searchProcedures(list: PublishedProcedure[], query: string, category?: string): PublishedProcedure[] {
  const words = searchWords(query);
  return list.filter(({ definition }) => {
    if (category && definition.category !== category) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch([definition.title, definition.summary, definition.audience, ...definition.bring].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
