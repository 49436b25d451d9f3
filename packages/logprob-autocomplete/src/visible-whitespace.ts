const MARKS: Record<string, string> = { ' ': '\u00b7', '\t': '\u2192', '\n': '\u21b5', '\r': '', '\u00a0': '\u237d' };

/**
 * Makes a token's whitespace visible, so a leading space, a tab or a line break can be told apart
 * from nothing: space becomes a middle dot, tab an arrow, line feed a return symbol.
 *
 * @example
 * visibleWhitespace(' the\n'); // '·the↵'
 */
export function visibleWhitespace(token: string): string {
  return token.replace(/[ \t\n\r\u00a0]/g, (character) => MARKS[character] ?? character);
}
