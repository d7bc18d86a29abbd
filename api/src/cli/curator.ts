/**
 * `npm run curator -- <command>`: curator accounts from the command line, against DATABASE_URL (also
 * while the server runs). The first admin is created here; admins add the others from the web.
 *   add --email E --name N [--admin]   add a curator; prints a one-time link to set the password
 *   reset --email E                    end their sessions, clear the password, print a new link
 *   remove --email E                   remove a curator (their past work stays attributed)
 *   list                               the curators
 */
import { parseArgs } from "node:util";
import { prepareDatabase } from "@atlas/db/prepare";
import { sql } from "drizzle-orm";
import { readEnv } from "../env.ts";
import * as accounts from "../features/accounts/commands.ts";
import { ApiError } from "../http/errors.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: "string" }, name: { type: "string" }, admin: { type: "boolean", default: false } },
});
const env = readEnv();
const base = env.PUBLIC_URL ?? `http://${env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST}:${env.PORT}`;
const link = (token: string) => `${base}/account/password#token=${token}`;
const { db } = await prepareDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });

async function idOf(email: string | undefined): Promise<string> {
  if (!email) throw new Error("say which curator with --email");
  const rows = await db.all<{ id: string }>(
    sql`SELECT id FROM curators WHERE email = ${accounts.normaliseEmail(email)} AND removed_at IS NULL`,
  );
  if (!rows[0]) throw new Error(`no curator with the address ${email}`);
  return rows[0].id;
}

try {
  const [command] = positionals;
  if (command === "add") {
    if (!values.email || !values.name) throw new Error("add needs --email and --name");
    const role = values.admin ? "admin" : "curator";
    const { curator, token } = await accounts.createCurator(db, { email: values.email, name: values.name, role }, null);
    console.log(`added ${curator.name} <${curator.email}> as ${role}.`);
    console.log(`Send them this one-time link to set their password (valid 72 hours):\n${link(token)}`);
  } else if (command === "reset") {
    const { token } = await accounts.resetAccess(db, await idOf(values.email), null);
    console.log(`access reset; a new one-time link (valid 72 hours):\n${link(token)}`);
  } else if (command === "remove") {
    await accounts.removeCurator(db, await idOf(values.email), null);
    console.log(`removed ${values.email}`);
  } else if (command === "list") {
    for (const c of await accounts.listCurators(db)) {
      console.log(`${c.role.padEnd(8)} ${c.email}  ${c.name}${c.hasPassword ? "" : "  (no password set yet)"}`);
    }
  } else {
    throw new Error(
      "usage: npm run curator -- add --email E --name N [--admin] | reset --email E | remove --email E | list",
    );
  }
} catch (error) {
  console.error(error instanceof ApiError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
