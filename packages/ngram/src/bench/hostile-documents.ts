/**
 * Documents a client may send that stress the tokenizer and the document cache: 32,000
 * characters each (the size a request may carry), named.
 *
 * @example
 * for (const [name, text] of Object.entries(HOSTILE_DOCUMENTS)) model.nextTokens(text, 5, { document: {} });
 */
export const HOSTILE_DOCUMENTS: Readonly<Record<string, string>> = {
  'plain English, 32,000 characters': 'We the People of the United States, in Order to form a more perfect Union, '.repeat(430).slice(0, 32_000),
  'one word repeated': 'whale '.repeat(5_334).slice(0, 32_000),
  'one word, no spaces': 'whale'.repeat(6_400),
  'only emoji': '🙂🚀👨‍👩‍👧'.repeat(2_000).slice(0, 32_000),
  'only combining marks': '\u0301\u0308\u0327'.repeat(10_667).slice(0, 32_000),
  'a mixture of scripts': 'Call me Ishmael. こんにちは世界 नमस्ते दुनिया Привет мир مرحبا بالعالم 你好 🙂 l\'État '.repeat(400).slice(0, 32_000),
};
