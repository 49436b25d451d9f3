// A web-test-runner command that drives a real IME composition through the Chrome DevTools
// Protocol: `compose` shows marked text (Input.imeSetComposition), `commit` inserts it
// (Input.insertText), as an input method would.
export function imeCommandPlugin() {
  return {
    name: 'ime-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ime') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        if (payload.action === 'compose') {
          const end = payload.text.length;
          await cdp.send('Input.imeSetComposition', { text: payload.text, selectionStart: end, selectionEnd: end });
        } else {
          await cdp.send('Input.insertText', { text: payload.text });
        }
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}
