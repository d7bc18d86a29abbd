/**
 * Where the atlas's vocabularies meet ESSGLOBAL (essglobal-linked-open-data/map-sse, commit fcb6853,
 * `vocabs/standard/legal-form.skos`): the legal-form concepts an SSE form is close to. Only the
 * forms the ESSGLOBAL scheme names; mutuals and networks have no legal-form concept there.
 */
const legalForm = "http://purl.org/essglobal/standard/legal-form/";

export const essglobalLegalForm: Record<string, string> = {
  "informal-group": `${legalForm}L1`,
  cooperative: `${legalForm}L2`,
  association: `${legalForm}L4`,
  foundation: `${legalForm}L4`,
  ngo: `${legalForm}L4`,
  "social-enterprise": `${legalForm}L5`,
};

/** ESSGLOBAL's classes: an SSE initiative, or a network of them. */
export const essglobalClass = {
  initiative: "essglobal:SSEInitiative",
  network: "essglobal:Network",
} as const;
