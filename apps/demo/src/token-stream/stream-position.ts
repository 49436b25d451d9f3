import type { TokenEventData } from '@logprob-autocomplete/protocol';
import { tokenBytes } from '../confidence/token-bytes.js';

/**
 * Which streamed token the element's list is showing now: the request streamed tokens for
 * `requestText`; what the field holds since (`shownText`) was typed through or accepted along
 * them. Returns the index of the first token not yet fully in the text, or `undefined` when the
 * text has left the stream's path.
 *
 * @example
 * currentPosition('We the', 'We the Peo', [{ token: ' People' }, { token: ' of' }]); // 0
 * currentPosition('We the', 'We the People', [{ token: ' People' }, { token: ' of' }]); // 1
 */
export function currentPosition(requestText: string, shownText: string, tokens: readonly Pick<TokenEventData, 'token' | 'bytes'>[]): number | undefined {
  if (!shownText.startsWith(requestText)) return undefined;
  const typed = shownText.slice(requestText.length);
  const decoder = new TextDecoder();
  let path = '';
  for (const [index, token] of tokens.entries()) {
    const next = path + decoder.decode(tokenBytes(token.token, token.bytes), { stream: true });
    // The caret sits within this token, or right before it.
    if (next.length > typed.length) return next.startsWith(typed) ? index : undefined;
    if (!typed.startsWith(next)) return undefined;
    path = next;
  }
  return typed === path ? tokens.length : undefined;
}
