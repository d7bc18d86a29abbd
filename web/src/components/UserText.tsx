import { toTextParts } from "../lib/user-text.ts";

/**
 * Text a person typed, shown safely: addresses become links that pass no authority or window
 * (rel="noopener nofollow ugc"), and the text is isolated so an RTL override inside it cannot
 * reorder the page around it.
 */
export function UserText({ text }: { text: string }) {
  return (
    <bdi className="user-text">
      {toTextParts(text).map((part, i) =>
        part.kind === "link" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <a key={i} href={part.href} rel="noopener nofollow ugc" target="_blank">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </bdi>
  );
}
