/**
 * How values cross between the host (Node) and a bundle's vm context, in-process or in a
 * worker thread: plain, structured-clonable data. The guest side (guest/guest.js) mirrors
 * this and rebuilds values with the context's own Date and Array.
 *   Date → { $d: ms }   fake service object → { $h: handle, $t: type }   object → { $o: {...} }
 */
import { ServiceObject } from '../services/service-object';

export type Wire =
  | null
  | undefined
  | string
  | number
  | boolean
  | Wire[]
  | { $d: number }
  | { $h: number; $t?: string }
  | { $o: Record<string, Wire> };

/** Registers fake objects in an execution's handle table. */
export interface HandleTable {
  handleOf(obj: ServiceObject): number;
  objectAt(handle: number): ServiceObject;
}

/** Host value → wire. */
export function encode(value: unknown, table: HandleTable): Wire {
  if (value === null || value === undefined) return value;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'function':
    case 'symbol':
    case 'bigint':
      return undefined;
  }
  if (Array.isArray(value)) {
    const out: Wire[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] =
        v === null || (typeof v !== 'object' && typeof v !== 'function')
          ? (v as Wire)
          : encode(v, table);
    }
    return out;
  }
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return { $d: (value as Date).getTime() };
  if (value instanceof ServiceObject) return { $h: table.handleOf(value), $t: value.typeName };
  const out: Record<string, Wire> = {};
  for (const [k, v] of Object.entries(value as object)) out[k] = encode(v, table);
  return { $o: out };
}

/** Wire → host value. */
export function decode(wire: Wire, table: HandleTable): unknown {
  if (wire === null || typeof wire !== 'object') return wire;
  if (Array.isArray(wire)) return wire.map((w) => decode(w, table));
  if ('$d' in wire) return new Date(wire.$d);
  if ('$h' in wire) return table.objectAt(wire.$h);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(wire.$o)) out[k] = decode(v, table);
  return out;
}
