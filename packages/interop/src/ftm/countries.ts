/**
 * FtM stores countries as ISO 3166-1 alpha-2 codes ("ru"); Casefile stores them as people write
 * them ("Russia", "Russian", "United States"). This table converts both ways for the countries
 * and demonyms a case is likely to use; anything else is reported, never guessed.
 */
import { fold } from "../normalize.js";

/** code: [display name, other names and demonyms...] */
const countries: Record<string, string[]> = {
  af: ["Afghanistan", "Afghan"],
  al: ["Albania", "Albanian"],
  dz: ["Algeria", "Algerian"],
  ar: ["Argentina", "Argentinian", "Argentine"],
  am: ["Armenia", "Armenian"],
  au: ["Australia", "Australian"],
  at: ["Austria", "Austrian"],
  az: ["Azerbaijan", "Azerbaijani"],
  by: ["Belarus", "Belarusian"],
  be: ["Belgium", "Belgian"],
  br: ["Brazil", "Brazilian"],
  bg: ["Bulgaria", "Bulgarian"],
  ca: ["Canada", "Canadian"],
  cn: ["China", "Chinese", "People's Republic of China", "PRC"],
  hr: ["Croatia", "Croatian"],
  cy: ["Cyprus", "Cypriot"],
  cz: ["Czechia", "Czech Republic", "Czech"],
  dk: ["Denmark", "Danish"],
  ee: ["Estonia", "Estonian"],
  fi: ["Finland", "Finnish"],
  fr: ["France", "French"],
  ge: ["Georgia", "Georgian"],
  de: ["Germany", "German"],
  gr: ["Greece", "Greek"],
  hu: ["Hungary", "Hungarian"],
  in: ["India", "Indian"],
  ir: ["Iran", "Iranian"],
  iq: ["Iraq", "Iraqi"],
  ie: ["Ireland", "Irish"],
  il: ["Israel", "Israeli"],
  it: ["Italy", "Italian"],
  jp: ["Japan", "Japanese"],
  kz: ["Kazakhstan", "Kazakh", "Kazakhstani"],
  kp: ["North Korea", "North Korean", "Democratic People's Republic of Korea", "DPRK"],
  kr: ["South Korea", "South Korean", "Republic of Korea"],
  lv: ["Latvia", "Latvian"],
  lt: ["Lithuania", "Lithuanian"],
  lu: ["Luxembourg", "Luxembourgish"],
  md: ["Moldova", "Moldovan"],
  mx: ["Mexico", "Mexican"],
  nl: ["Netherlands", "Dutch", "The Netherlands"],
  no: ["Norway", "Norwegian"],
  pl: ["Poland", "Polish"],
  pt: ["Portugal", "Portuguese"],
  ro: ["Romania", "Romanian"],
  ru: ["Russia", "Russian", "Russian Federation"],
  sa: ["Saudi Arabia", "Saudi"],
  rs: ["Serbia", "Serbian"],
  sk: ["Slovakia", "Slovak"],
  si: ["Slovenia", "Slovenian"],
  es: ["Spain", "Spanish"],
  se: ["Sweden", "Swedish"],
  ch: ["Switzerland", "Swiss"],
  sy: ["Syria", "Syrian"],
  tr: ["Turkey", "Turkish", "Türkiye"],
  ua: ["Ukraine", "Ukrainian"],
  ae: ["United Arab Emirates", "Emirati", "UAE"],
  gb: ["United Kingdom", "British", "UK", "Great Britain"],
  us: ["United States", "American", "United States of America", "USA", "US", "U.S."],
  vg: ["British Virgin Islands"],
  ky: ["Cayman Islands", "Caymanian"],
};

const codeByName = new Map<string, string>();
for (const [code, names] of Object.entries(countries)) {
  for (const name of names) codeByName.set(fold(name), code);
}

/** "Russia" / "Russian" / "ru" → "ru"; null when the name is not in the table. */
export function countryCode(name: string | null | undefined): string | null {
  if (!name) return null;
  const trimmed = name.trim();
  if (/^[a-zA-Z]{2}$/.test(trimmed) && countries[trimmed.toLowerCase()]) return trimmed.toLowerCase();
  return codeByName.get(fold(trimmed)) ?? null;
}

/** "ru" → "Russia"; unknown codes come back upper-cased ("XK"). */
export function countryName(code: string): string {
  return countries[code.toLowerCase()]?.[0] ?? code.toUpperCase();
}

/** "ru" → "Russian" (the demonym, as Casefile records nationality); else the country name. */
export function nationalityName(code: string): string {
  return countries[code.toLowerCase()]?.[1] ?? countryName(code);
}
