// Serves the built drop-in at /drop-in-alone/logprob-autocomplete.js with nothing beside it, as on
// a host where only that file was copied: the browser test for a missing
// logprob-autocomplete-model.js (the in-page model's client, docs/decisions/0004).
import { readFile } from 'node:fs/promises';

const DROP_IN = new URL('../dist/logprob-autocomplete.js', import.meta.url);

/** The middleware: the drop-in alone, read at each request (the build may be newer than the server). */
export function dropInAloneMiddleware() {
  return async function dropInAlone(context, next) {
    if (context.path !== '/drop-in-alone/logprob-autocomplete.js') return next();
    context.type = 'text/javascript';
    context.body = await readFile(DROP_IN);
  };
}
