/**
 * Text that people type and others read: the one rule for every free-text field, in the data files
 * and in every request body (workshops, contributions, curation, accounts).
 *
 * - Windows line ends become "\n". Any other C0 control character (NUL, escape, …) and DEL are
 *   refused with an issue on the field: they have no place in a comment or a summary, and some (NUL)
 *   break the tools our exports are opened in. A tab is kept in running text, where pasted text
 *   brings it.
 * - A name (a person, an organisation, a workshop, a list, a case or a currency) is one line: no line
 *   break or tab. Bidirectional overrides, embeddings, isolates and marks, and invisible characters are
 *   removed before the length is checked: "\u202Enimda" would otherwise display as "admin", and an
 *   invisible character makes two names that look the same differ. Zero-width joiners stay where they
 *   shape what is seen: inside an emoji sequence, and between letters of scripts that join (Arabic,
 *   Persian, Indic scripts); between Latin, Greek or Cyrillic letters they only hide a difference.
 *
 * Built with zod's `overwrite` and checks only, so the result is still a `z.ZodString`: callers chain
 * `.optional()`, `.default()` or `.openapi()` as on any string, and OpenAPI shows the pattern.
 */
import { z } from "zod";

/** C0 controls but the line feed and tab, and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this rule.
const runningText = /^[^\u0000-\u0008\u000B-\u001F\u007F]*$/;
/** C0 controls (line feed and tab included: a name is one line), and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this rule.
const oneLine = /^[^\u0000-\u001F\u007F]*$/;

/** Direction marks, embeddings, overrides and isolates; zero-width space, word joiner, byte-order mark. */
const invisible = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;
/** Zero-width non-joiner and joiner: removed unless they shape the characters around them. */
const joiners = /[\u200C\u200D]/g;
const emojiPart = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/u;
const emoji = /\p{Extended_Pictographic}/u;
const letter = /[\p{L}\p{M}]/u;
const nonJoiningScript = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

const joiningLetter = (ch: string) => letter.test(ch) && !nonJoiningScript.test(ch);

function shapes(before: string, after: string): boolean {
  return (emojiPart.test(before) && emoji.test(after)) || (joiningLetter(before) && joiningLetter(after));
}

/** A name without its invisible characters. */
function toVisibleName(value: string): string {
  return value.replace(invisible, "").replace(joiners, (joiner, offset: number, whole: string) => {
    // The code points either side (each at most two UTF-16 units), so long text costs no more.
    const before = Array.from(whole.slice(Math.max(0, offset - 2), offset)).at(-1) ?? "";
    const after = Array.from(whole.slice(offset + 1, offset + 3))[0] ?? "";
    return shapes(before, after) ? joiner : "";
  });
}

export interface TextOptions {
  /** Most characters allowed, after trimming (and, for a name, after removing invisible characters). */
  max?: number;
  /** At least one character after trimming (and, for a name, after removing invisible characters). */
  required?: boolean;
  /** A name shown beside what someone wrote or among others: one line, invisible characters removed. */
  name?: boolean;
}

/** A free-text field: trimmed, CRLF as LF, no control characters but line feed and tab (none in a name). */
export function userText({ max, required = false, name = false }: TextOptions = {}) {
  let text = z.string().overwrite((value) => value.replace(/\r\n?/g, "\n"));
  if (name) text = text.overwrite(toVisibleName);
  text = name
    ? text.trim().regex(oneLine, "must be one line, without control characters")
    : text.trim().regex(runningText, "must not contain control characters (only line breaks and tabs are allowed)");
  if (max !== undefined) text = text.max(max, `must be at most ${max} characters`);
  return required ? text.min(1, "must not be empty") : text;
}
