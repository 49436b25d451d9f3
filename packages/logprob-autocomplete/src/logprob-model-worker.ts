// Entry of the in-page model's module worker (dist/logprob-model-worker.js, bundled by
// scripts/build-model-worker.mjs). It sits beside the element's entries so that one relative URL
// finds it from both the `.` entry and the single-file drop-in.
import { createModelWorkerRuntime } from './local-model/model-worker-runtime.js';
import type { FromModelWorker, ToModelWorker } from './local-model/model-messages.js';

const handle = createModelWorkerRuntime((message: FromModelWorker) => { postMessage(message); });
addEventListener('message', (event: MessageEvent<ToModelWorker>) => { handle(event.data); });
