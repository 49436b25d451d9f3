import { loadModel } from '../load-model.js';
import type { NgramModel } from '../ngram-model.js';
import { trainModel } from '../train/index.js';

/** A few documents in several scripts, small enough to train in milliseconds. */
export const TINY_CORPUS = [
  'We the People of the United States, in Order to form a more perfect Union, establish Justice, insure domestic Tranquility, provide for the common defence, promote the general Welfare, and secure the Blessings of Liberty to ourselves and our Posterity, do ordain and establish this Constitution for the United States of America.',
  'The People of the United States are the People. We the People will keep the Union. The Union of the People is strong, and the People of the Union are strong.',
  'Call me Ishmael. Some years ago, never mind how long precisely, having little or no money in my purse, I thought I would sail about a little and see the watery part of the world.',
  '我们是人民。我们热爱和平。人民的力量是伟大的。我们是朋友。',
  'नमस्ते दुनिया। हम लोग भारत के लोग हैं। नमस्ते मित्र।',
  'Happy coding 🙂🚀 and happy shipping 🙂 with family 👨‍👩‍👧 and friends 🙂.',
];

/**
 * The tiny corpus as a trained 4-gram model (kept small: every n-gram is stored).
 *
 * @example
 * const model = tinyModel();
 */
export function tinyModel(): NgramModel {
  return loadModel(trainModel(TINY_CORPUS, { minimumCounts: [1, 1, 1, 1], minWordCount: 2 }).bytes);
}
