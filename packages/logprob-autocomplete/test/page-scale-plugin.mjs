// A web-test-runner command that zooms the page the way a pinch does, through the DevTools
// Protocol (Emulation.setPageScaleFactor): the visual viewport shrinks inside the layout viewport,
// as it does when an on-screen keyboard opens. `executeServerCommand('page-scale', { scale })`.
export function pageScalePlugin() {
  return {
    name: 'page-scale',
    async executeCommand({ command, payload, session }) {
      if (command !== 'page-scale') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: payload.scale });
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}
