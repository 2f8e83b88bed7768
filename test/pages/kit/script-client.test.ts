import { describe, expect, it } from 'vitest';
import { SIDEBAR_API } from '../../../src/core/api/sidebar';
import { createClient, type ScriptRunner } from '../../../src/pages/kit/script-client';

/** A google.script.run stand-in whose calls finish only when the test says so. */
function manualRunner() {
  const pending: {
    fn: string;
    args: unknown[];
    ok: (v: unknown) => void;
    fail: (e: unknown) => void;
  }[] = [];
  let maxInFlight = 0;
  function runner(ok: (v: unknown) => void, fail: (e: unknown) => void): ScriptRunner {
    return new Proxy({} as ScriptRunner, {
      get(_, name: string) {
        if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
        if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
        return (...args: unknown[]) => {
          pending.push({ fn: name, args, ok, fail });
          maxInFlight = Math.max(maxInFlight, pending.length);
        };
      },
    });
  }
  return {
    run: runner(
      () => {},
      () => {},
    ),
    pending,
    maxInFlight: () => maxInFlight,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createClient', () => {
  it('keeps at most 10 calls in flight and starts the rest as earlier ones finish', async () => {
    const fake = manualRunner();
    const api = createClient(SIDEBAR_API, fake.run);
    const answers = Array.from({ length: 25 }, (_, i) => api.card({ customerId: `C${i}` }));
    await tick();
    expect(fake.pending).toHaveLength(10);
    while (fake.pending.length > 0) {
      const call = fake.pending.shift()!;
      call.ok({ ok: true, value: (call.args[0] as { customerId: string }).customerId });
      await tick();
    }
    const values = await Promise.all(answers);
    expect(fake.maxInFlight()).toBe(10);
    expect(values.map((v) => (v.ok ? v.value : null))).toEqual(
      Array.from({ length: 25 }, (_, i) => `C${i}`),
    );
  });

  it('calls the contract names with the contract arguments', async () => {
    const fake = manualRunner();
    const api = createClient(SIDEBAR_API, fake.run);
    void api.init();
    void api.card({ customerId: 'C-7' });
    await tick();
    expect(fake.pending.map((p) => [p.fn, p.args])).toEqual([
      ['sidebarInit', []],
      ['sidebarCard', [{ customerId: 'C-7' }]],
    ]);
  });

  it('turns a transport failure or a strange answer into a readable internal error', async () => {
    const fake = manualRunner();
    const api = createClient(SIDEBAR_API, fake.run, {
      describeFailure: (d) => `Could not reach the server: ${d}`,
    });
    const failed = api.init();
    const odd = api.init();
    await tick();
    fake.pending[0]!.fail(new Error('Exception: Timed out'));
    fake.pending[1]!.ok(undefined);
    expect(await failed).toEqual({
      ok: false,
      code: 'internal',
      message: 'Could not reach the server: Exception: Timed out',
    });
    expect(await odd).toMatchObject({ ok: false, code: 'internal' });
  });
});
