// Runs INSIDE a bundle's vm context (in-process or in a worker thread), before the bundle.
// Evaluates to a setup function that installs the Apps Script globals as thin proxies: every
// method call goes to the host's single choke point, `bridge(handle, method, wireArgs)`.
// Values are rebuilt here with this context's own Date and Array (see host/codec.ts).
// `new Date()` and `Date.now()` read the simulated clock.
// eslint-disable-next-line @typescript-eslint/no-unused-expressions -- the script evaluates to this function
(function setup(bridge, describe, roots, now, log) {
  'use strict';
  const RealDate = Date;
  const HANDLE = Symbol('handle');
  const prototypes = new Map();
  const objects = new Map();

  function raise(reply) {
    const E = reply.n === 'TypeError' ? TypeError : Error;
    throw new E(reply.e);
  }

  function call(handle, method, args) {
    const reply = bridge(handle, method, args.map(encode));
    if ('e' in reply) raise(reply);
    return decode(reply.v);
  }

  function protoFor(type, handle) {
    let proto = prototypes.get(type);
    if (proto) return proto;
    const d = describe(handle);
    proto = {
      toString() {
        return type;
      },
    };
    for (const method of d.methods) {
      proto[method] = function (...args) {
        return call(this[HANDLE], method, args);
      };
    }
    if (type === 'HtmlTemplate') proto.evaluate = evaluateTemplate;
    const constants = decode(d.constants);
    for (const key of Object.keys(constants)) {
      Object.defineProperty(proto, key, {
        value: Object.freeze(constants[key]),
        enumerable: false,
      });
    }
    prototypes.set(type, proto);
    return proto;
  }

  // Template scriptlets run here, so they can call the bundle's own functions. Template
  // properties (t.name = ...) are own properties of the guest object: they become variables.
  function evaluateTemplate() {
    const handle = this[HANDLE];
    const reply = bridge(handle, '__code', []);
    if ('e' in reply) raise(reply);
    let html = '';
    const output = {
      append(s) {
        html += s === undefined || s === null ? '' : String(s);
        return output;
      },
      appendUntrusted(s) {
        html += escape(s);
        return output;
      },
      getContent() {
        return html;
      },
    };
    const props = Object.assign(Object.create(null), this);
    const run = new Function(
      '__props',
      '__esc',
      'output',
      'with (__props) {\n' + decode(reply.v) + '\n}',
    );
    run.call(undefined, props, escape, output);
    return call(handle, 'evaluate', [html]);
  }

  function escape(s) {
    return String(s === undefined || s === null ? '' : s).replace(
      /[&<>"']/g,
      (c) => '&#' + c.charCodeAt(0) + ';',
    );
  }

  function decode(w) {
    if (w === null || typeof w !== 'object') return w;
    if (Array.isArray(w)) {
      const a = new Array(w.length);
      for (let i = 0; i < w.length; i++) a[i] = decode(w[i]);
      return a;
    }
    if ('$d' in w) return new RealDate(w.$d);
    if ('$h' in w) {
      let obj = objects.get(w.$h);
      if (!obj) {
        obj = Object.create(protoFor(w.$t, w.$h));
        Object.defineProperty(obj, HANDLE, { value: w.$h });
        objects.set(w.$h, obj);
      }
      return obj;
    }
    const o = {};
    for (const k of Object.keys(w.$o)) o[k] = decode(w.$o[k]);
    return o;
  }

  function encode(v) {
    if (v === null || typeof v !== 'object')
      return typeof v === 'function' || typeof v === 'symbol' ? undefined : v;
    if (v instanceof RealDate) return { $d: v.getTime() };
    if (v[HANDLE] !== undefined) return { $h: v[HANDLE] };
    if (Array.isArray(v)) return v.map(encode);
    const o = {};
    for (const k of Object.keys(v)) o[k] = encode(v[k]);
    return { $o: o };
  }

  // The simulated clock.
  function SimDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length === 0
      ? Reflect.construct(RealDate, [now()], new.target)
      : Reflect.construct(RealDate, args, new.target);
  }
  SimDate.prototype = RealDate.prototype;
  SimDate.now = () => now();
  SimDate.UTC = RealDate.UTC;
  SimDate.parse = RealDate.parse;
  Object.defineProperty(RealDate.prototype, 'constructor', {
    value: SimDate,
    writable: true,
    configurable: true,
  });
  globalThis.Date = SimDate;

  function text(args) {
    return args
      .map((a) => {
        if (typeof a === 'string') return a;
        if (a instanceof Error) return a.stack || String(a);
        try {
          const s = JSON.stringify(a);
          return s === undefined ? String(a) : s;
        } catch {
          return String(a);
        }
      })
      .join(' ');
  }
  globalThis.console = {
    log: (...a) => log(text(a)),
    info: (...a) => log(text(a)),
    warn: (...a) => log(text(a)),
    error: (...a) => log(text(a)),
    debug: (...a) => log(text(a)),
  };

  for (const name of Object.keys(roots)) {
    Object.defineProperty(globalThis, name, {
      value: decode(roots[name]),
      writable: true,
      configurable: true,
    });
  }

  function hasDate(v, seen) {
    if (v instanceof RealDate) return true;
    if (v === null || typeof v !== 'object' || seen.has(v)) return false;
    seen.add(v);
    return Object.keys(v).some((k) => hasDate(v[k], seen));
  }

  /** Calls a top-level function; `browser` applies google.script.run's rules to the result. */
  return function invoke(name, wireArgs, browser) {
    const fn = globalThis[name];
    if (typeof fn !== 'function') throw new Error('Script function not found: ' + name);
    const result = fn.apply(globalThis, decode(wireArgs));
    if (!browser) return encode(result);
    if (hasDate(result, new Set()))
      throw new Error('Failed due to illegal value in property: result (a Date)');
    return result === undefined ? null : encode(JSON.parse(JSON.stringify(result)));
  };
});
