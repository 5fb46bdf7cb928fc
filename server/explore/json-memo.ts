/**
 * The JSON text a mention arrived as, when its receiver has it: a node tailing the analyzed stream
 * in Redis mode parses each entry's JSON into the mention it hands on, and the Explore arena then
 * stores that text as it is instead of serializing the object again (on every node, for every
 * mention of the cluster). The text must be what JSON.stringify gives for the object; a parsed
 * JSON.stringify result is (the committing worker wrote it with JSON.stringify).
 */
const texts = new WeakMap<object, string>();

export function rememberJson(m: object, json: string): void {
  texts.set(m, json);
}

/** The remembered text of m (forgotten once taken), else JSON.stringify(m). */
export function takeJson(m: object): string {
  const json = texts.get(m);
  if (json === undefined) return JSON.stringify(m);
  texts.delete(m);
  return json;
}
