// A web-test-runner command that reads Chromium's accessibility tree through the DevTools
// Protocol (Accessibility.queryAXTree): `executeServerCommand('accessible-names', { role })`
// returns the computed accessible names of every node with that role, as a screen reader gets them.
export function accessibleNamesPlugin() {
  return {
    name: 'accessible-names',
    async executeCommand({ command, payload, session }) {
      if (command !== 'accessible-names') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role: payload.role });
        return nodes.filter((node) => !node.ignored).map((node) => node.name?.value ?? '');
      } finally {
        await cdp.detach();
      }
    },
  };
}
