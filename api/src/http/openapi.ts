/**
 * The pieces every route definition is made of: a JSON answer, a JSON request body, the documented
 * failures (all in the API's one error shape) and the `{id}` path parameter.
 */
import { z } from "@hono/zod-openapi";
import { errorBody } from "./errors.ts";

/** A JSON answer with its schema. */
export const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { "application/json": { schema } } },
});

/** A failure answer: the error shape, described. */
export const failure = (description: string) => ({
  description,
  content: { "application/json": { schema: errorBody } },
});

const standard = {
  400: "A parameter or the body is not valid; the message names it",
  403: "Not allowed for this caller",
  404: "No such record",
  409: "Conflicts with the current state of the record",
  413: "The body is too large",
  415: "The body is not application/json",
  429: "Too many attempts from this address; Retry-After says when to try again",
} as const;
type Code = keyof typeof standard;

/**
 * A picker of documented failures: `failures(400, 404)`. A feature whose failures say more than the
 * standard words builds its own with `failureSet({ 404: "…" })`.
 */
export function failureSet<O extends Partial<Record<Code, string>>>(overrides: O = {} as O) {
  const descriptions: Record<Code, string> = { ...standard, ...overrides };
  return <K extends Code>(...codes: K[]) =>
    Object.fromEntries(codes.map((code) => [code, failure(descriptions[code])])) as {
      [C in K]: ReturnType<typeof failure>;
    };
}

export const failures = failureSet();

/** The `{id}` of a public record (a case, stakeholder or currency key). */
export const idParams = z.object({ id: z.string().min(1).max(200) });
