/**
 * The IRIs of the atlas's things. Records are named by their page, which answers with JSON-LD when
 * asked for it (content negotiation), so each name can be looked up; concepts live in their scheme's
 * document. `base` is the origin the request came to.
 */
export interface Iris {
  base: string;
  case: (id: string) => string;
  stakeholder: (id: string) => string;
  currency: (id: string) => string;
  scheme: (scheme: string) => string;
  concept: (scheme: string, key: string) => string;
  /** The namespace of the few properties schema.org, SKOS and ESSGLOBAL do not have. */
  vocab: string;
  dataset: string;
}

export function toIris(base: string): Iris {
  const origin = base.replace(/\/+$/, "");
  return {
    base: origin,
    case: (id) => `${origin}/cases/${encodeURIComponent(id)}`,
    stakeholder: (id) => `${origin}/stakeholders/${encodeURIComponent(id)}`,
    currency: (id) => `${origin}/currencies/${encodeURIComponent(id)}`,
    scheme: (scheme) => `${origin}/api/ld/concepts/${scheme}`,
    concept: (scheme, key) => `${origin}/api/ld/concepts/${scheme}#${key}`,
    vocab: `${origin}/api/ld/vocab#`,
    dataset: `${origin}/api/dataset`,
  };
}
