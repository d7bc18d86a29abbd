/**
 * Hono answers an existing path with the wrong method as "not found"; this tells the two apart so the
 * client gets 405 and an Allow header for a known path, 404 only for an unknown one.
 */
interface RouteLike {
  method: string;
  path: string;
}

export function allowedMethods(routes: RouteLike[]): (path: string) => string[] {
  const compiled = routes
    .filter((r) => r.method !== "ALL" && !r.path.includes("*"))
    .map((r) => ({ method: r.method, pattern: toPattern(r.path) }));
  return (path) => {
    const methods = new Set(compiled.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods].sort();
  };
}

function toPattern(path: string): RegExp {
  const body = path
    .split("/")
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${body}/?$`);
}
