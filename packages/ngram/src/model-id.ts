/**
 * The id `/v1/models` lists for the embedded model and requests name it by.
 *
 * @example
 * await client.chat.completions.create({ model: EMBEDDED_MODEL_ID, messages });
 */
export const EMBEDDED_MODEL_ID = 'embedded-ngram';
