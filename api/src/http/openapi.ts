/** Building blocks of OpenAPI route specs: a JSON answer, a JSON body, and the documented failures. */
import type { z } from "@hono/zod-openapi";
import { errorBody } from "./errors.ts";

export const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { "application/json": { schema } } },
});

export const failure = (description: string) => ({
  description,
  content: { "application/json": { schema: errorBody } },
});
