export { trainModel, type TrainModelOptions, type TrainingReport } from './train-model.js';
export { buildVocabulary, type VocabularyOptions } from './build-vocabulary.js';
