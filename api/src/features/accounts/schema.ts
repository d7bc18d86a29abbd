/** The accounts API contract: curators, sign-in, passwords. */
import { curatorRoles } from "@atlas/db/schema";
import { userText } from "@atlas/db/text";
import { z } from "@hono/zod-openapi";
import { passwordRules } from "./passwords.ts";

const email = z.email("must be an email address").max(254);
const password = z.string().max(passwordRules.maxLength, `must be at most ${passwordRules.maxLength} characters`);
const name = userText({ max: 120, required: true, name: true });

export const curator = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(curatorRoles),
    hasPassword: z.boolean(),
    createdAt: z.string(),
  })
  .openapi("Curator");

export const signedIn = z
  .object({
    curator: curator,
    csrfToken: z.string().openapi({ description: "send it as X-CSRF-Token with every write" }),
  })
  .openapi("SignedIn");

export const loginBody = z.object({ email, password: password.min(1, "must not be empty") }).openapi("LoginBody");
export const setPasswordBody = z.object({ token: z.string().min(16).max(200), password }).openapi("SetPasswordBody");
export const changePasswordBody = z.object({ current: password, password }).openapi("ChangePasswordBody");
export const createCuratorBody = z
  .object({ email, name, role: z.enum(curatorRoles).default("curator") })
  .openapi("CreateCuratorBody");
export const passwordLink = z
  .object({ url: z.string().openapi({ description: "a one-time link to set the password, valid 72 hours" }) })
  .openapi("PasswordLink");
export const createdCurator = z.object({ curator, passwordLink: z.string() }).openapi("CreatedCurator");
export const curatorParams = z.object({ id: z.string().min(1).max(64) });
export const auditEntry = z
  .object({
    id: z.number().int(),
    curator: z.object({ id: z.string(), name: z.string() }).nullable(),
    action: z.string(),
    targetKind: z.string().nullable(),
    targetId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
    createdAt: z.string(),
  })
  .openapi("AuditEntry");
export const auditPage = z.object({ items: z.array(auditEntry), nextBefore: z.number().int().nullable() });
export const auditQuery = z.object({
  before: z.coerce.number().int().min(1).optional().openapi({ type: "integer" }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ type: "integer" }),
});
