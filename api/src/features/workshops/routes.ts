/**
 * The workshop routes: one chained sub-app per resource, each file holding its route definitions,
 * handlers and commands (the table in docs/architecture.md says which file holds which path).
 * Every handler names who may call it (authenticate: any member; authenticateFacilitator: the
 * facilitator) before doing anything else with the workshop.
 */
import { featureApp } from "../../http/feature-app.ts";
import { jsonWrites } from "../../http/json-writes.ts";
import { agendaRoutes } from "./agenda.ts";
import { commentRoutes } from "./comments.ts";
import { evidenceRoutes } from "./evidence.ts";
import { feedbackRoutes } from "./feedback.ts";
import { itemRoutes } from "./items.ts";
import { listRoutes } from "./lists.ts";
import { memberRoutes } from "./members.ts";
import { mergeRoutes } from "./merge.ts";
import { orderRoutes } from "./order.ts";
import { maxWriteBytes } from "./schema.ts";
import { streamRoutes } from "./stream.ts";
import { switchRoutes } from "./switches.ts";
import { voteRoutes } from "./votes.ts";
import { workshopRoutes } from "./workshop.ts";

const app = featureApp();
app.use("/workshops/*", jsonWrites({ maxBytes: maxWriteBytes }));
app.use("/workshops/*", async (c, next) => {
  // Member data is private to the member: never kept by a shared cache.
  c.header("cache-control", "no-store");
  await next();
});

export const workshopsRoutes = app
  .route("/", workshopRoutes)
  .route("/", memberRoutes)
  .route("/", switchRoutes)
  .route("/", agendaRoutes)
  .route("/", feedbackRoutes)
  .route("/", streamRoutes)
  .route("/", listRoutes)
  .route("/", itemRoutes)
  .route("/", orderRoutes)
  .route("/", mergeRoutes)
  .route("/", evidenceRoutes)
  .route("/", voteRoutes)
  .route("/", commentRoutes);

workshopsRoutes.openAPIRegistry.registerComponent("securitySchemes", "workshopSecret", {
  type: "http",
  scheme: "bearer",
  description: "A member's secret, from creating or joining the workshop (the part after #k= in their link)",
});
