// The embedded model as a Workers Data module (wrangler/Miniflare module rule `Data` for *.bin):
// the bundler hands the file over as an ArrayBuffer, with no file system needed.
declare module '@logprob-autocomplete/ngram/model.bin' {
  const bytes: ArrayBuffer;
  export default bytes;
}
