/**
 * A value kept as JSON in one document property (9 KB at most), read back through its zod
 * schema. A missing or damaged value reads as `fallback`: use this only where losing the value
 * is harmless (a schedule to save again, a health record), not for the mail ledger.
 */
import type * as z from 'zod/mini';

/** The stored value, or `fallback` when none is stored or it does not parse (one property call). */
export function loadJsonProperty<S extends z.ZodMiniType, F>(
  key: string,
  schema: S,
  fallback: F,
): z.infer<S> | F {
  const text = PropertiesService.getDocumentProperties().getProperty(key);
  if (!text) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** Stores `value` as JSON, or removes the property with null (one property call). */
export function saveJsonProperty(key: string, value: unknown): void {
  const props = PropertiesService.getDocumentProperties();
  if (value === null) props.deleteProperty(key);
  else props.setProperty(key, JSON.stringify(value));
}
