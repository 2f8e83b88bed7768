/**
 * Browser code injected into the locally served sidebar: a `google.script.run` with Apps
 * Script's semantics (asynchronous, unordered, `withSuccessHandler` / `withFailureHandler` /
 * `withUserObject`, any server function name, only plain JSON-like arguments) that POSTs
 * `{ fn, args }` to the local sidebar server. Kept as plain ES2019 text: it is served as is.
 */
export const RUN_PATH = '/__google_script_run';

export const GOOGLE_SCRIPT_SHIM = `
(function () {
  'use strict';
  var RUN_PATH = ${JSON.stringify(RUN_PATH)};
  // Apps Script only passes primitives, null, arrays and plain objects: a Date, function or
  // class instance fails the call, as it would in Google.
  function illegal(value, path) {
    if (value === null || value === undefined) return null;
    var type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean') return null;
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length; i++) {
        var inner = illegal(value[i], path + '[' + i + ']');
        if (inner) return inner;
      }
      return null;
    }
    if (type === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      for (var key in value) {
        if (Object.prototype.hasOwnProperty.call(value, key)) {
          var found = illegal(value[key], path + '.' + key);
          if (found) return found;
        }
      }
      return null;
    }
    return path;
  }
  function later(fn) { setTimeout(fn, 0); }
  function call(fn, args, handlers) {
    function fail(message) {
      later(function () {
        var error = new Error(message);
        if (handlers.failure) handlers.failure(error, handlers.userObject);
        else console.error('google.script.run.' + fn + ': ' + message);
      });
    }
    var bad = illegal(args, 'args');
    if (bad) return fail('Failed due to illegal value in property: ' + bad);
    fetch(RUN_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fn: fn, args: args }),
    })
      .then(function (response) { return response.json(); })
      .then(
        function (answer) {
          if (!answer || answer.ok !== true) return fail(answer && answer.error ? String(answer.error) : 'Unknown error');
          later(function () { if (handlers.success) handlers.success(answer.value, handlers.userObject); });
        },
        function (error) { fail('NetworkError: ' + (error && error.message ? error.message : String(error))); }
      );
  }
  function runner(handlers) {
    var base = {
      withSuccessHandler: function (f) { return runner({ success: f, failure: handlers.failure, userObject: handlers.userObject }); },
      withFailureHandler: function (f) { return runner({ success: handlers.success, failure: f, userObject: handlers.userObject }); },
      withUserObject: function (o) { return runner({ success: handlers.success, failure: handlers.failure, userObject: o }); },
    };
    return new Proxy(base, {
      get: function (target, name) {
        if (typeof name !== 'string' || name === 'then') return undefined;
        if (Object.prototype.hasOwnProperty.call(target, name)) return target[name];
        return function () { call(name, Array.prototype.slice.call(arguments), handlers); };
      },
    });
  }
  var google = (window.google = window.google || {});
  google.script = google.script || {};
  google.script.run = runner({ success: null, failure: null, userObject: undefined });
  google.script.host = google.script.host || {
    origin: location.origin,
    close: function () {},
    setHeight: function () {},
    setWidth: function () {},
    editor: { focus: function () {} },
  };
})();
`;
