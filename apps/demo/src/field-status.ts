/** The `logprob-error` detail: a protocol error code or `http_error` / `network_error`. */
interface FailureDetail {
  code?: unknown;
  message?: unknown;
}

/**
 * A quiet line under a field that says when suggestions are unavailable. A failed request never
 * touches the text and never opens a dialog: the field keeps working as a plain field.
 *
 * @example
 * watchFieldStatus(document.querySelector('logprob-autocomplete')!, statusElement);
 */
export function watchFieldStatus(element: HTMLElement, status: HTMLElement): void {
  const set = (state: 'idle' | 'error', message: string): void => {
    status.dataset.state = state;
    status.textContent = message;
  };
  element.addEventListener('logprob-error', (event) => {
    const detail = (event as CustomEvent<FailureDetail>).detail;
    const code = typeof detail.code === 'string' ? detail.code : 'error';
    set('error', `Suggestions are unavailable right now (${code}); your text is unchanged.`);
  });
  element.addEventListener('logprob-loadend', (event) => {
    const detail = (event as CustomEvent<{ status?: unknown }>).detail;
    if (detail.status === 'success') set('idle', '');
  });
}
