/**
 * A recommendation list as Markdown (to read and share) and CSV (to analyse), from its report.
 * Pure functions. The few Markdown headings are in the workshop's language; CSV headers are fixed
 * machine keys, written by the API's one CSV writer (which defuses formulas).
 */
import type { Locale } from "@atlas/db/schema";
import { toCsv as toCsvText } from "../../http/csv.ts";
import type { Report } from "./schema.ts";

const words: Record<
  Locale,
  Record<
    | "phase"
    | "responsible"
    | "votes"
    | "evidence"
    | "sources"
    | "generated"
    | "feedback"
    | "item"
    | "worked"
    | "change",
    string
  >
> = {
  en: {
    phase: "Phase",
    responsible: "Responsible",
    votes: "Votes",
    evidence: "Evidence",
    sources: "Sources",
    generated: "Exported from the Co-production Atlas on",
    feedback: "Feedback on the webinars",
    item: "Agenda item",
    worked: "What worked",
    change: "What to change",
  },
  es: {
    phase: "Fase",
    responsible: "Responsables",
    votes: "Votos",
    evidence: "Evidencia",
    sources: "Fuentes",
    generated: "Exportado del Atlas de la Coproducción el",
    feedback: "Retroalimentación de los webinars",
    item: "Punto de la agenda",
    worked: "Qué funcionó",
    change: "Qué cambiar",
  },
  fr: {
    phase: "Phase",
    responsible: "Responsables",
    votes: "Votes",
    evidence: "Éléments probants",
    sources: "Sources",
    generated: "Exporté de l’Atlas de la coproduction le",
    feedback: "Retours sur les webinaires",
    item: "Point du programme",
    worked: "Ce qui a marché",
    change: "Ce qu’il faut changer",
  },
  ar: {
    phase: "المرحلة",
    responsible: "الجهات المسؤولة",
    votes: "الأصوات",
    evidence: "الأدلة",
    sources: "المصادر",
    generated: "صُدِّر من أطلس الإنتاج المشترك في",
    feedback: "التغذية الراجعة على الندوات",
    item: "بند جدول الأعمال",
    worked: "ما الذي نجح",
    change: "ما الذي يجب تغييره",
  },
  it: {
    phase: "Fase",
    responsible: "Responsabili",
    votes: "Voti",
    evidence: "Evidenze",
    sources: "Fonti",
    generated: "Esportato dall’Atlante della coproduzione il",
    feedback: "Feedback sui webinar",
    item: "Punto del programma",
    worked: "Che cosa ha funzionato",
    change: "Che cosa cambiare",
  },
  el: {
    phase: "Φάση",
    responsible: "Υπεύθυνοι",
    votes: "Ψήφοι",
    evidence: "Τεκμήρια",
    sources: "Πηγές",
    generated: "Εξαγωγή από τον Άτλαντα Συμπαραγωγής στις",
    feedback: "Ανατροφοδότηση για τα σεμινάρια",
    item: "Σημείο του προγράμματος",
    worked: "Τι λειτούργησε",
    change: "Τι να αλλάξει",
  },
};

/** Text that Markdown would read as markup, made literal. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>()#+!|~])/g, "\\$1").replace(/^(\s*)([-=]{3,}|\d+\.)/gm, "$1\\$2");
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

export function toMarkdown(report: Report, caseUrl: (caseId: string) => string): string {
  const w = words[report.workshop.language];
  const lines: string[] = [`# ${escapeMarkdown(oneLine(report.list.title))}`, ""];
  const context = [report.workshop.title, report.workshop.territory].filter(Boolean).map(oneLine);
  lines.push(`**${escapeMarkdown(context.join(" · "))}**`, "");
  if (report.workshop.challenge) lines.push(`> ${escapeMarkdown(oneLine(report.workshop.challenge))}`, "");
  for (const step of report.steps) {
    lines.push(`## ${step.number}. ${escapeMarkdown(oneLine(step.title))}`, "");
    const facts = [`${w.phase}: ${step.phaseLabel}`];
    if (step.stakeholderTypes.length)
      facts.push(`${w.responsible}: ${step.stakeholderTypes.map((s) => s.label).join(", ")}`);
    if (step.votes !== null) facts.push(`${w.votes}: ${step.votes}`);
    lines.push(`*${escapeMarkdown(facts.join(" · "))}*`, "");
    if (step.description) lines.push(escapeMarkdown(step.description), "");
    if (step.evidence.length === 0) continue;
    lines.push(`**${w.evidence}**`, "");
    for (const e of step.evidence) {
      const title = escapeMarkdown(oneLine(e.title));
      const name = e.caseId ? `[${title}](${caseUrl(e.caseId)})` : title;
      const place = e.place ? ` (${escapeMarkdown(e.place)})` : "";
      const why = e.why ? `: ${escapeMarkdown(oneLine(e.why))}` : "";
      lines.push(`- ${name}${place}${why}`);
      const sources = e.sources.map((s) => {
        const by = [s.publisher, s.year].filter((x) => x !== null && x !== "").join(", ");
        return `[${escapeMarkdown(oneLine(s.title))}](${encodeURI(s.url)})${by ? ` (${escapeMarkdown(by)})` : ""}`;
      });
      if (sources.length) lines.push(`  ${w.sources}: ${sources.join("; ")}`);
    }
    lines.push("");
  }
  if (report.feedback.length > 0) lines.push(`## ${w.feedback}`, "");
  for (const f of report.feedback) {
    const item = `${w.item} ${f.itemNumber}${f.itemTitle ? `: ${escapeMarkdown(oneLine(f.itemTitle))}` : ""}`;
    lines.push(`- **${item}** (${escapeMarkdown(oneLine(f.author))})`);
    if (f.worked) lines.push(`  ${w.worked}: ${escapeMarkdown(oneLine(f.worked))}`);
    if (f.change) lines.push(`  ${w.change}: ${escapeMarkdown(oneLine(f.change))}`);
  }
  if (report.feedback.length > 0) lines.push("");
  lines.push("---", "", `${w.generated} ${report.generatedAt.slice(0, 10)}.`, "");
  return lines.join("\n");
}

export const csvColumns = [
  "step",
  "title",
  "description",
  "phase",
  "stakeholder_types",
  "votes",
  "evidence_case_ids",
  "evidence_cases",
  "evidence_places",
  "evidence_why",
  "evidence_sources",
] as const;

export function toCsv(report: Report): string {
  const join = (values: string[]) => values.join(" | ");
  const rows = report.steps.map((step) => [
    step.number,
    step.title,
    step.description,
    step.phase,
    join(step.stakeholderTypes.map((s) => s.key)),
    step.votes,
    join(step.evidence.map((e) => e.caseId ?? "")),
    join(step.evidence.map((e) => e.title)),
    join(step.evidence.map((e) => e.place)),
    join(step.evidence.map((e) => e.why)),
    join(step.evidence.flatMap((e) => e.sources.map((s) => s.url))),
  ]);
  return toCsvText([[...csvColumns], ...rows]);
}

/** A file name from a title: letters and digits of any script, hyphens between words. */
export function fileName(title: string, extension: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${base || "recommendations"}.${extension}`;
}
