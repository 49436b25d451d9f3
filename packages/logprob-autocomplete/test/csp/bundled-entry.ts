// The element as a bundler user imports it: the package's `define` entry, with Lit from npm.
import '../../src/define.js';
