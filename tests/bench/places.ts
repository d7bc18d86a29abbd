/**
 * About 200 places around the Mediterranean (lon -10..40, lat 29..47) for the synthetic corpus:
 * real cities, approximately placed, plus generated towns near them in the same country.
 */
import { gaussian, integerBetween, pick, type Random } from "./random.ts";

export interface City {
  name: string;
  country: string;
  longitude: number;
  latitude: number;
  /** Relative share of cases. */
  weight: number;
}

type Anchor = [name: string, country: string, longitude: number, latitude: number];

const anchors: Anchor[] = [
  ["Barcelona", "ES", 2.17, 41.39],
  ["Madrid", "ES", -3.7, 40.42],
  ["Valencia", "ES", -0.38, 39.47],
  ["Sevilla", "ES", -5.98, 37.39],
  ["Málaga", "ES", -4.42, 36.72],
  ["Bilbao", "ES", -2.93, 43.26],
  ["Zaragoza", "ES", -0.88, 41.65],
  ["Palma", "ES", 2.65, 39.57],
  ["Murcia", "ES", -1.13, 37.99],
  ["Granada", "ES", -3.6, 37.18],
  ["Cádiz", "ES", -6.29, 36.53],
  ["Lisboa", "PT", -9.14, 38.72],
  ["Porto", "PT", -8.61, 41.15],
  ["Faro", "PT", -7.93, 37.02],
  ["Marseille", "FR", 5.37, 43.3],
  ["Montpellier", "FR", 3.88, 43.61],
  ["Nice", "FR", 7.26, 43.7],
  ["Toulouse", "FR", 1.44, 43.6],
  ["Lyon", "FR", 4.84, 45.76],
  ["Perpignan", "FR", 2.9, 42.7],
  ["Ajaccio", "FR", 8.74, 41.93],
  ["Roma", "IT", 12.5, 41.9],
  ["Milano", "IT", 9.19, 45.46],
  ["Napoli", "IT", 14.27, 40.85],
  ["Torino", "IT", 7.69, 45.07],
  ["Bologna", "IT", 11.34, 44.49],
  ["Firenze", "IT", 11.26, 43.77],
  ["Genova", "IT", 8.93, 44.41],
  ["Palermo", "IT", 13.36, 38.12],
  ["Bari", "IT", 16.87, 41.12],
  ["Cagliari", "IT", 9.11, 39.22],
  ["Venezia", "IT", 12.33, 45.44],
  ["Catania", "IT", 15.09, 37.5],
  ["Valletta", "MT", 14.51, 35.9],
  ["Ljubljana", "SI", 14.51, 46.06],
  ["Zagreb", "HR", 15.98, 45.81],
  ["Split", "HR", 16.44, 43.51],
  ["Rijeka", "HR", 14.44, 45.33],
  ["Sarajevo", "BA", 18.41, 43.86],
  ["Mostar", "BA", 17.81, 43.34],
  ["Podgorica", "ME", 19.26, 42.44],
  ["Tirana", "AL", 19.82, 41.33],
  ["Durrës", "AL", 19.45, 41.32],
  ["Athina", "GR", 23.73, 37.98],
  ["Thessaloniki", "GR", 22.94, 40.64],
  ["Patra", "GR", 21.73, 38.25],
  ["Irakleio", "GR", 25.14, 35.34],
  ["Istanbul", "TR", 28.98, 41.01],
  ["Izmir", "TR", 27.14, 38.42],
  ["Antalya", "TR", 30.71, 36.9],
  ["Mersin", "TR", 34.64, 36.81],
  ["Ankara", "TR", 32.85, 39.93],
  ["Adana", "TR", 35.32, 37.0],
  ["Lefkosia", "CY", 33.36, 35.17],
  ["Lemesos", "CY", 33.04, 34.68],
  ["Latakia", "SY", 35.78, 35.52],
  ["Damascus", "SY", 36.29, 33.51],
  ["Aleppo", "SY", 37.16, 36.2],
  ["Beirut", "LB", 35.5, 33.89],
  ["Tripoli", "LB", 35.84, 34.44],
  ["Tel Aviv", "IL", 34.78, 32.09],
  ["Haifa", "IL", 34.99, 32.79],
  ["Gaza", "PS", 34.47, 31.5],
  ["Ramallah", "PS", 35.2, 31.9],
  ["Alexandria", "EG", 29.92, 31.2],
  ["Cairo", "EG", 31.24, 30.04],
  ["Port Said", "EG", 32.3, 31.26],
  ["Tarabulus", "LY", 13.19, 32.89],
  ["Benghazi", "LY", 20.07, 32.12],
  ["Misrata", "LY", 15.09, 32.38],
  ["Tunis", "TN", 10.18, 36.81],
  ["Sfax", "TN", 10.76, 34.74],
  ["Sousse", "TN", 10.64, 35.83],
  ["Mahdia", "TN", 11.06, 35.5],
  ["Alger", "DZ", 3.06, 36.75],
  ["Oran", "DZ", -0.63, 35.7],
  ["Constantine", "DZ", 6.61, 36.37],
  ["Annaba", "DZ", 7.77, 36.9],
  ["Casablanca", "MA", -7.59, 33.57],
  ["Rabat", "MA", -6.84, 34.02],
  ["Tanger", "MA", -5.83, 35.76],
  ["Fès", "MA", -5.0, 34.03],
  ["Marrakech", "MA", -7.99, 31.63],
];

const syllables = [
  "ar",
  "bel",
  "ca",
  "do",
  "el",
  "fa",
  "gi",
  "la",
  "lo",
  "ma",
  "mi",
  "na",
  "no",
  "ra",
  "ri",
  "sa",
  "ta",
  "ve",
  "zo",
];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function townName(random: Random): string {
  const name = Array.from({ length: integerBetween(random, 2, 3) }, () => pick(random, syllables)).join("");
  return name[0]?.toUpperCase() + name.slice(1);
}

/** The real cities weigh more than the towns; each town lies within about a degree of a city. */
export function createCities(random: Random, count = 200): City[] {
  const cities: City[] = anchors.map(([name, country, longitude, latitude]) => ({
    name,
    country,
    longitude,
    latitude,
    weight: 2 + 6 * random() ** 3,
  }));
  while (cities.length < count) {
    const [, country, longitude, latitude] = pick(random, anchors);
    cities.push({
      name: townName(random),
      country,
      longitude: clamp(longitude + 0.5 * gaussian(random), -10, 40),
      latitude: clamp(latitude + 0.5 * gaussian(random), 29, 47),
      weight: 0.3 + random(),
    });
  }
  return cities;
}
