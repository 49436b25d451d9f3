/** What the settings form controls; applied to every `<logprob-autocomplete>` on the page. */
export interface DemoSettings {
  /** Empty: the server's default model (the embedded one unless the server is configured otherwise). */
  model: string;
  topLogprobs: number;
  maxTokens: number;
  /** Minimum probability of the top option for it to show as ghost text after the caret. */
  ghostThreshold: number;
}

export const DEFAULT_SETTINGS: DemoSettings = { model: '', topLogprobs: 5, maxTokens: 4, ghostThreshold: 0.5 };

const clampInteger = (value: string, min: number, max: number, fallback: number): number => {
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : fallback;
};

/**
 * Reads the settings from form values, clamping to the protocol's limits so a typo in a number
 * field never produces a request the server rejects.
 *
 * @example
 * readSettings({ model: '', topLogprobs: '5', maxTokens: '4', ghostThreshold: '0.5' });
 */
export function readSettings(values: Record<keyof DemoSettings, string>): DemoSettings {
  const threshold = Number.parseFloat(values.ghostThreshold);
  return {
    model: values.model.trim(),
    topLogprobs: clampInteger(values.topLogprobs, 1, 20, DEFAULT_SETTINGS.topLogprobs),
    maxTokens: clampInteger(values.maxTokens, 1, 32, DEFAULT_SETTINGS.maxTokens),
    ghostThreshold: Number.isFinite(threshold) ? Math.min(1, Math.max(0, threshold)) : DEFAULT_SETTINGS.ghostThreshold,
  };
}

/**
 * The element attributes that carry the settings (an empty model removes the attribute).
 *
 * @example
 * settingsToAttributes(DEFAULT_SETTINGS); // { model: null, 'top-logprobs': '5', ... }
 */
export function settingsToAttributes(settings: DemoSettings): Record<string, string | null> {
  return {
    model: settings.model === '' ? null : settings.model,
    'top-logprobs': String(settings.topLogprobs),
    'max-tokens': String(settings.maxTokens),
    'ghost-threshold': String(settings.ghostThreshold),
  };
}
