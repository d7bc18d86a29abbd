/** A country's name in the interface language, from its ISO 3166-1 alpha-2 code. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The countries around the Mediterranean and of Europe, offered first when a place is given. */
export const placeCountries = [
  "AD",
  "AL",
  "AT",
  "BA",
  "BE",
  "BG",
  "CH",
  "CY",
  "CZ",
  "DE",
  "DK",
  "DZ",
  "EE",
  "EG",
  "ES",
  "FI",
  "FR",
  "GB",
  "GR",
  "HR",
  "HU",
  "IE",
  "IL",
  "IQ",
  "IT",
  "JO",
  "LB",
  "LT",
  "LU",
  "LV",
  "LY",
  "MA",
  "MC",
  "ME",
  "MK",
  "MT",
  "NL",
  "NO",
  "PL",
  "PS",
  "PT",
  "RO",
  "RS",
  "SE",
  "SI",
  "SK",
  "SM",
  "SY",
  "TN",
  "TR",
  "UA",
  "XK",
] as const;

/** Country codes sorted by their name in the interface language. */
export function sortedCountries(codes: readonly string[], locale: string) {
  return codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
