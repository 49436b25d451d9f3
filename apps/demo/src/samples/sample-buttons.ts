import { LANGUAGE_SAMPLES, sampleNote } from './language-samples.js';

/**
 * Buttons that put a sample text in a field, as one undoable insert (Ctrl+Z brings your text
 * back), and set the field's `lang`.
 *
 * @example
 * renderSampleButtons(document.querySelector('.samples')!, textarea, note);
 */
export function renderSampleButtons(container: HTMLElement, field: HTMLTextAreaElement, note: HTMLElement): void {
  container.replaceChildren(
    ...LANGUAGE_SAMPLES.map((sample) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.lang = sample.lang;
      button.textContent = sample.label;
      button.addEventListener('click', () => {
        field.focus();
        field.select();
        field.lang = sample.lang;
        // insertText keeps the replacement on the field's undo stack, unlike setting `value`.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- no other API does that
        if (!document.execCommand('insertText', false, sample.text)) field.setRangeText(sample.text, 0, field.value.length, 'end');
        note.textContent = sampleNote(sample);
      });
      return button;
    }),
  );
}
