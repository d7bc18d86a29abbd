import { Link } from "react-router";
import { type Scheme, useTerms } from "../features/vocabularies/queries.ts";
import { termAnchor } from "../lib/anchors.ts";

/** Typology values as chips; each links to its entry on the concepts page. */
export function TermChips({ scheme, keys }: { scheme: Scheme; keys: string[] }) {
  const { label } = useTerms();
  if (keys.length === 0) return null;
  return (
    <ul className="chips">
      {keys.map((key) => (
        <li key={key}>
          <Link className={`chip chip-${scheme}`} to={`/concepts#${termAnchor(scheme, key)}`}>
            {label(scheme, key)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
