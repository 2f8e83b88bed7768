// One concurrent execution, in its own worker thread: the bundle runs in a vm context here,
// and every service call is a synchronous RPC to the main thread, where the host (the shared
// state) lives and the scheduler decides whose call to answer next. We block on Atomics.wait
// until the answer is posted, so the bundle's synchronous code really pauses between calls.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { receiveMessageOnPort, workerData } from 'node:worker_threads';

const { port, signal, bundlePath, guestPath, fn, args, browser, roots } = workerData;
const flag = new Int32Array(signal);
let waitedMs = 0;

function rpc(message) {
  Atomics.store(flag, 0, 0);
  port.postMessage(message);
  const t = performance.now();
  Atomics.wait(flag, 0, 0);
  let reply = receiveMessageOnPort(port);
  while (!reply) reply = receiveMessageOnPort(port);
  waitedMs += performance.now() - t;
  return reply.message;
}

const started = performance.now();
let outcome;
try {
  const context = vm.createContext({});
  const setup = new vm.Script(readFileSync(guestPath, 'utf8'), {
    filename: 'guest.js',
  }).runInContext(context);
  const invoke = setup(
    (h, m, a) => rpc({ t: 'call', h, m, a }),
    (h) => rpc({ t: 'describe', h }),
    roots,
    () => rpc({ t: 'now' }),
    (line) => rpc({ t: 'log', line }),
  );
  new vm.Script(readFileSync(bundlePath, 'utf8'), { filename: 'Code.js' }).runInContext(context);
  outcome = { value: invoke(fn, args, browser) };
} catch (error) {
  outcome = {
    error: {
      message: typeof error?.message === 'string' ? error.message : String(error),
      stack: typeof error?.stack === 'string' ? error.stack : undefined,
    },
  };
}
// Wait here until the main thread has the result and terminates us, so that our exit can
// never be seen before our result.
rpc({ t: 'done', ...outcome, cpuMs: performance.now() - started - waitedMs });
