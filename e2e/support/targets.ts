/** The two runtimes the demo is tested on: the `npm start` Node server and workerd (`wrangler dev`). */
export const TARGETS = ['node', 'workerd'] as const;
export type Target = (typeof TARGETS)[number];

/** The environment variable global setup stores each target's URL in, for the test workers. */
export const TARGET_URL_VARIABLE = {
  node: 'E2E_NODE_URL',
  workerd: 'E2E_WORKERD_URL',
  /** A Node demo server whose OpenAI-compatible upstream always fails. */
  failing: 'E2E_FAILING_URL',
  /** A Node demo server whose OpenAI-compatible upstream is the node target's `/openai/v1`, over HTTP. */
  compatible: 'E2E_COMPATIBLE_URL',
} as const;

/**
 * Which targets to run: `E2E_TARGETS=node` narrows a run; the default is all of them.
 *
 * @example
 * selectedTargets('node'); // ['node']
 */
export function selectedTargets(value: string | undefined = process.env.E2E_TARGETS): Target[] {
  if (!value) return [...TARGETS];
  const wanted = value.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !(TARGETS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`E2E_TARGETS names unknown targets: ${unknown.join(', ')} (known: ${TARGETS.join(', ')})`);
  return TARGETS.filter((target) => wanted.includes(target));
}
