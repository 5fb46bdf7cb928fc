/**
 * Country of a profile time zone, where the zone names one country. Twitter's zone names (Rails')
 * and IANA names. Left out on purpose: zones that span countries ("Eastern Time (US & Canada)",
 * "Atlantic Time (Canada)", "Central America", "Mid-Atlantic") and zones people pick by mistake
 * for a US offset ("Quito", "Bogota", "Lima", "Tijuana", "Greenland", "International Date Line West").
 */

const ZONES = `
US-AK: Alaska, America/Anchorage, America/Juneau
US-HI: Hawaii, Pacific/Honolulu
US-AZ: Arizona, America/Phoenix
US-IN: Indiana (East), America/Indiana/Indianapolis
US: America/New_York, America/Chicago, America/Denver, America/Los_Angeles, America/Boise, America/Detroit
CA: Newfoundland, Saskatchewan, America/Toronto, America/Vancouver, America/Montreal, America/Edmonton, America/Winnipeg, America/Halifax
MX: Mexico City, Guadalajara, Monterrey, Mazatlan, Chihuahua, America/Mexico_City
GB: London, Edinburgh, Europe/London
IE: Dublin, Europe/Dublin
PT: Lisbon, Azores, Cape Verde Is., Europe/Lisbon
MA: Casablanca
FR: Paris, Europe/Paris
NL: Amsterdam, Europe/Amsterdam
BE: Brussels, Europe/Brussels
DE: Berlin, Europe/Berlin
CH: Bern, Zurich, Europe/Zurich
IT: Rome, Europe/Rome
ES: Madrid, Europe/Madrid
AT: Vienna, Europe/Vienna
SE: Stockholm, Europe/Stockholm
DK: Copenhagen, Europe/Copenhagen
NO: Europe/Oslo
FI: Helsinki, Europe/Helsinki
PL: Warsaw, Europe/Warsaw
CZ: Prague, Europe/Prague
HU: Budapest, Europe/Budapest
SK: Bratislava
SI: Ljubljana
HR: Zagreb
RS: Belgrade
RO: Bucharest
BG: Sofia
GR: Athens, Europe/Athens
TR: Istanbul, Europe/Istanbul
UA: Kyiv, Kyev, Europe/Kiev, Europe/Kyiv
BY: Minsk
LV: Riga
LT: Vilnius
EE: Tallinn
RU: Moscow, St. Petersburg, Volgograd, Ekaterinburg, Novosibirsk, Krasnoyarsk, Irkutsk, Yakutsk, Vladivostok, Magadan, Kamchatka, Europe/Moscow
IL: Jerusalem, Asia/Jerusalem
EG: Cairo
ZA: Pretoria, Africa/Johannesburg
KE: Nairobi
ZW: Harare
IR: Tehran
IQ: Baghdad
KW: Kuwait
SA: Riyadh
AE: Abu Dhabi, Asia/Dubai
OM: Muscat
AZ: Baku
GE: Tbilisi
AM: Yerevan
AF: Kabul
PK: Islamabad, Karachi
IN: New Delhi, Mumbai, Kolkata, Chennai, Asia/Kolkata, Asia/Calcutta
LK: Sri Jayawardenepura
NP: Kathmandu
BD: Dhaka
MM: Rangoon
TH: Bangkok, Asia/Bangkok
VN: Hanoi
ID: Jakarta
MY: Kuala Lumpur
SG: Singapore, Asia/Singapore
CN: Beijing, Chongqing, Urumqi, Asia/Shanghai
HK: Hong Kong, Asia/Hong_Kong
TW: Taipei
KR: Seoul, Asia/Seoul
JP: Tokyo, Osaka, Sapporo, Asia/Tokyo
MN: Ulaanbaatar, Ulaan Bataar
AU: Sydney, Melbourne, Brisbane, Canberra, Adelaide, Darwin, Hobart, Perth, Australia/Sydney, Australia/Melbourne
NZ: Auckland, Wellington, Pacific/Auckland
GU: Guam
FJ: Fiji
NC: New Caledonia
WS: Samoa
TO: Nuku'alofa
BR: Brasilia, America/Sao_Paulo
AR: Buenos Aires
CL: Santiago
VE: Caracas
BO: La Paz
UY: Montevideo
GY: Georgetown
`;

let zones: Map<string, string> | null = null;

function build(): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of ZONES.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const code = line.slice(0, colon).trim();
    for (const z of line.slice(colon + 1).split(',')) m.set(z.trim().toLowerCase(), code);
  }
  return m;
}

export function loadTimezones(): void {
  zones ??= build();
}

/** "US-AK", "GB" or null for a time zone name. */
export function resolveTimezone(tz: string): string | null {
  loadTimezones();
  return (zones as Map<string, string>).get(tz.trim().toLowerCase()) ?? null;
}
