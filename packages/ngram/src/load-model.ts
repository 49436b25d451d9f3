import { ByteReader } from './byte-reader.js';
import { dequantise, MODEL_FORMAT_VERSION, MODEL_MAGIC, type ModelHeader } from './model-format.js';
import { ModelTables } from './model-tables.js';
import { NgramModel } from './ngram-model.js';
import { Vocabulary } from './vocabulary.js';

function parseHeader(reader: ByteReader): ModelHeader {
  const magic = new TextDecoder().decode(reader.bytes(4));
  if (magic !== MODEL_MAGIC) throw new TypeError('not a logprob-autocomplete n-gram model (bad magic)');
  const version = reader.u8();
  if (version !== MODEL_FORMAT_VERSION) throw new TypeError(`unsupported model format version ${version}`);
  const header = JSON.parse(new TextDecoder().decode(reader.bytes(reader.u32()))) as ModelHeader;
  if (!Number.isInteger(header.order) || header.order < 2 || header.nodeCounts.length !== header.order) {
    throw new TypeError('model header is malformed');
  }
  return header;
}

/**
 * Reads a model file (as written by `trainModel` or the `logprob-ngram` CLI). Pure: takes bytes,
 * not a path, so it runs in Node, browsers and Workers alike.
 *
 * @example
 * import modelBytes from '@logprob-autocomplete/ngram/model.bin';
 * const model = loadModel(new Uint8Array(modelBytes));
 * model.topK('We the', 5);
 */
export function loadModel(bytes: Uint8Array): NgramModel {
  const reader = new ByteReader(bytes);
  const header = parseHeader(reader);
  const tokens: Uint8Array[] = [];
  for (let id = 0; id < header.vocabularySize; id++) tokens.push(reader.bytes(reader.varint()));
  const stored = reader.float32Array(header.vocabularySize);
  const unigram = new Float64Array(header.vocabularySize);
  let sum = 0;
  for (const probability of stored) sum += probability;
  stored.forEach((probability, id) => (unigram[id] = probability / sum));

  const values = new Float64Array(256);
  for (let quantised = 1; quantised < 256; quantised++) values[quantised] = dequantise(header, quantised);
  const childStart: Uint32Array[] = [];
  const words: (Uint16Array | Uint32Array)[] = [];
  const quantised: Uint8Array[] = [];
  for (let k = 2; k <= header.order; k++) {
    const parents = header.nodeCounts[k - 2] ?? 0;
    const size = header.nodeCounts[k - 1] ?? 0;
    const starts = new Uint32Array(parents + 1);
    for (let node = 0; node < parents; node++) starts[node + 1] = (starts[node] ?? 0) + reader.varint();
    if (starts[parents] !== size) throw new TypeError(`model file is inconsistent at order ${k}`);
    childStart.push(starts);
    words.push(header.wordIdBytes === 2 ? reader.uint16Array(size) : reader.uint32Array(size));
    quantised.push(reader.bytes(size));
  }
  const loneBytes = Int16Array.from(tokens, (token) => (token.length === 1 && (token[0] ?? 0) >= 0x80 ? (token[0] ?? 0) : -1));
  const tables = new ModelTables({ order: header.order, vocabularySize: header.vocabularySize, unigram, values, childStart, words, quantised, loneBytes });
  return new NgramModel(new Vocabulary(tokens), tables, header);
}
