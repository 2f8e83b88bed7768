import { describe, expect, it } from 'vitest';
import { runtimeRunning, valueOf } from './support';

describe('PropertiesService', () => {
  it('stores strings only: a number set is read back as its string, a missing key is null', () => {
    const rt = runtimeRunning(`
      const p = PropertiesService.getScriptProperties();
      p.setProperty('n', 42);
      p.setProperty('b', true);
      return [p.getProperty('n'), typeof p.getProperty('n'), p.getProperty('b'), p.getProperty('missing')];`);
    expect(valueOf(rt.run('main'))).toEqual(['42', 'string', 'true', null]);
    expect(rt.properties.script()).toEqual({ n: '42', b: 'true' });
  });

  it('setProperties(obj, deleteAllOthers), getProperties, getKeys, deleteProperty, deleteAllProperties', () => {
    const rt = runtimeRunning(`
      const p = PropertiesService.getDocumentProperties();
      p.setProperties({ a: 1, b: 2 });
      p.setProperties({ c: 3 }, false);
      const three = p.getKeys().sort();
      p.setProperties({ d: 4 }, true);
      const onlyD = p.getProperties();
      p.deleteProperty('d');
      p.setProperty('e', 'x');
      p.deleteAllProperties();
      return [three, onlyD, p.getKeys()];`);
    expect(valueOf(rt.run('main'))).toEqual([['a', 'b', 'c'], { d: '4' }, []]);
  });

  it('user properties are per user; script and document properties are shared', () => {
    const rt = runtimeRunning(
      `PropertiesService.getUserProperties().setProperty('me', Session.getActiveUser().getEmail());
       PropertiesService.getScriptProperties().setProperty('last', Session.getActiveUser().getEmail());
       return PropertiesService.getUserProperties().getProperty('me');`,
      {
        users: [
          { email: 'ann@example.com', role: 'owner' },
          { email: 'bo@example.com', role: 'editor' },
        ],
      },
    );
    rt.run('main', [], { user: 'ann@example.com' });
    rt.run('main', [], { user: 'bo@example.com' });
    expect(rt.properties.user('ann@example.com')).toEqual({ me: 'ann@example.com' });
    expect(rt.properties.user('bo@example.com')).toEqual({ me: 'bo@example.com' });
    expect(rt.properties.script()).toEqual({ last: 'bo@example.com' });
  });

  it('a value over 9 KB throws and a store over 500 KB throws, leaving the store unchanged', () => {
    const rt = runtimeRunning(`
      const p = PropertiesService.getScriptProperties();
      const errors = [];
      try { p.setProperty('big', 'x'.repeat(9 * 1024 + 1)); } catch (e) { errors.push(e.message); }
      p.setProperty('ok', 'x'.repeat(9 * 1024));
      const many = {};
      for (let i = 0; i < 60; i++) many['k' + i] = 'y'.repeat(9000);
      try { p.setProperties(many); } catch (e) { errors.push(e.message); }
      return [errors, p.getKeys()];`);
    expect(valueOf(rt.run('main'))).toEqual([
      [
        'Argument too large: value',
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      ],
      ['ok'],
    ]);
  });
});

describe('CacheService', () => {
  const CACHE = `
    const c = CacheService.getScriptCache();
    if (arg1 === 'put') { c.put('a', '1', 60); c.putAll({ b: '2', c: '3' }, 600); return null; }
    if (arg1 === 'remove') { c.remove('b'); return null; }
    return [c.get('a'), c.getAll(['a', 'b', 'c', 'zz'])];`;

  it('get/put/getAll/putAll/remove; a missing key is null', () => {
    const rt = runtimeRunning(CACHE);
    rt.run('main', ['put']);
    expect(valueOf(rt.run('main'))).toEqual(['1', { a: '1', b: '2', c: '3' }]);
    rt.run('main', ['remove']);
    expect(valueOf(rt.run('main'))).toEqual(['1', { a: '1', c: '3' }]);
  });

  it('entries expire after their ttl on the simulated clock', () => {
    const rt = runtimeRunning(CACHE);
    rt.run('main', ['put']);
    rt.clock.advance(61_000);
    expect(valueOf(rt.run('main'))).toEqual([null, { b: '2', c: '3' }]);
  });

  it('Cache may drop entries at any time: evictAll empties every cache', () => {
    const rt = runtimeRunning(CACHE);
    rt.run('main', ['put']);
    rt.cache.evictAll();
    expect(valueOf(rt.run('main'))).toEqual([null, {}]);
  });
});
