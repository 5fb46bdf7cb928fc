import express from 'express';
import sjson from 'secure-json-parse';

/**
 * JSON without prototype pollution. JSON.parse itself only makes an own "__proto__" property, but
 * any later merge or Object.assign can turn it into a prototype change; so "__proto__" keys and
 * "constructor" keys holding a "prototype" never leave the parser, however they are escaped.
 */
const SJSON_OPTIONS = { protoAction: 'remove', constructorAction: 'remove' } as const;

/** JSON.parse for request bodies (fast path: a regex scan, a walk only when a suspect key appears). */
export function parseJsonSafe(text: string): unknown {
  return sjson.parse(text, null, SJSON_OPTIONS);
}

/** A JSON.parse reviver dropping the same keys (for express.json). */
export function dropPrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') return undefined;
  if (key === 'constructor' && value !== null && typeof value === 'object' && Object.hasOwn(value, 'prototype')) return undefined;
  return value;
}

/** express.json with a size limit and the reviver: the only JSON body parser routes should use. */
export function jsonBody(limit: string | number): ReturnType<typeof express.json> {
  return express.json({ limit, reviver: dropPrototypeKeys });
}
