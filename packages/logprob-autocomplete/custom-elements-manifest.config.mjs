// @custom-elements-manifest/analyzer: `cem analyze` writes custom-elements.json (package.json `customElements`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The element dispatches through one helper, `emit(host, type, ...)`, which the analyzer reads as
      // an event literally named "type"; the real events come from the class's @fires tags.
      // Also: private members out, and the `define()` registration made visible.
      name: 'tidy-manifest',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
            // #private members are not API.
            if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          }
          // Registration happens in `define()`, called by these entries: say so, as `customElements.define` would.
          if (module.path === 'src/define.ts' || module.path === 'src/drop-in.ts') {
            (module.exports ??= []).push({
              kind: 'custom-element-definition',
              name: 'logprob-autocomplete',
              declaration: { name: 'LogprobAutocompleteElement', module: 'src/logprob-autocomplete-element.ts' },
            });
          }
        }
      },
    },
  ],
};
