/** A minimal server-sent events parser for the benchmark clients: `id:`, `event:` and `data:` lines. */
export interface SseEvent {
  id: string | undefined;
  event: string;
  data: string;
}

/** A text/event-stream parser fed chunk by chunk; comments and events without data are skipped. */
export function toSseParser(dispatch: (event: SseEvent) => void): (chunk: string) => void {
  let buffer = "";
  let data: string[] = [];
  let event = "";
  let id: string | undefined;
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "") {
        if (data.length > 0) dispatch({ id, event: event || "message", data: data.join("\n") });
        data = [];
        event = "";
        continue;
      }
      const colon = line.indexOf(":");
      if (colon === 0) continue;
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "data") data.push(value);
      else if (field === "event") event = value;
      else if (field === "id") id = value;
    }
  };
}
