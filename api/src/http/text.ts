/**
 * Text that people type and others read: the one rule for every free-text field of a request body.
 *
 * - Windows line ends become "\n"; any other C0 control character (NUL, tab, escape, …) and DEL are
 *   refused with a 400 that names the field: they have no place in a title or a comment, and some
 *   (NUL) break the tools our exports are opened in.
 * - In a name shown beside someone's words (a member, a contributor, an organisation), bidirectional
 *   overrides, embeddings, isolates and marks, and zero-width characters are removed before the
 *   length is checked: "\u202Enimda" would otherwise display as "admin", and an invisible character
 *   makes two names that look the same differ.
 *
 * Built with zod's `overwrite` and checks only, so the result is still a `z.ZodString`: callers chain
 * `.optional()`, `.default()` or `.openapi()` as on any string, and OpenAPI shows the pattern.
 */
import { z } from "@hono/zod-openapi";

/** C0 controls but the line feed, and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this rule.
const noControls = /^[^\u0000-\u0009\u000B-\u001F\u007F]*$/;

/** Bidi embeddings and overrides (U+202A–E), isolates (U+2066–9), LRM/RLM/ALM, and zero-width characters. */
const invisible = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g;

export interface TextOptions {
  /** Most characters allowed, after trimming. */
  max: number;
  /** At least one character after trimming (and, for a name, after removing invisible characters). */
  required?: boolean;
  /** A name shown beside what someone wrote: invisible and direction-changing characters removed. */
  name?: boolean;
}

/** A free-text field: trimmed, CRLF as LF, no control characters but the line feed, at most `max` characters. */
export function userText({ max, required = false, name = false }: TextOptions) {
  let text = z.string().overwrite((value) => value.replace(/\r\n?/g, "\n"));
  if (name) text = text.overwrite((value) => value.replace(invisible, ""));
  text = text
    .trim()
    .regex(noControls, "must not contain control characters (only line breaks are allowed)")
    .max(max, `must be at most ${max} characters`);
  return required ? text.min(1, "must not be empty") : text;
}
