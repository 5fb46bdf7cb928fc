/**
 * Place names for free-text profile locations. Compact lists: "CODE: name, name, ..." per line.
 * Names are written in the normalised form the parser compares with (lower case, no dots or
 * accents), so "St. Louis" is "st louis" and "Washington, D.C." becomes "washington, dc".
 */

/** US states (and DC, Puerto Rico as a US place name) by postal code. */
export const US_STATES = `
AL: alabama|AK: alaska|AZ: arizona|AR: arkansas|CA: california|CO: colorado|CT: connecticut
DE: delaware|DC: district of columbia|FL: florida|GA: georgia|HI: hawaii|ID: idaho|IL: illinois
IN: indiana|IA: iowa|KS: kansas|KY: kentucky|LA: louisiana|ME: maine|MD: maryland
MA: massachusetts|MI: michigan|MN: minnesota|MS: mississippi|MO: missouri|MT: montana
NE: nebraska|NV: nevada|NH: new hampshire|NJ: new jersey|NM: new mexico|NY: new york
NC: north carolina|ND: north dakota|OH: ohio|OK: oklahoma|OR: oregon|PA: pennsylvania
RI: rhode island|SC: south carolina|SD: south dakota|TN: tennessee|TX: texas|UT: utah
VT: vermont|VA: virginia|WA: washington state|WV: west virginia|WI: wisconsin|WY: wyoming
`;

/** Canadian provinces and territories: postal code and names (they resolve to CA). */
export const CA_PROVINCES = `
AB: alberta|BC: british columbia|MB: manitoba|NB: new brunswick|NL: newfoundland
NS: nova scotia|NT: northwest territories|NU: nunavut|ON: ontario|PE: prince edward island
QC: quebec|SK: saskatchewan|YT: yukon
`;

/** US cities, boroughs, metro areas and nicknames, by state. */
export const US_CITIES = `
NY: new york city, nyc, ny city, ny ny, nueva york, manhattan, brooklyn, bk, queens, bronx, the bronx, staten island, harlem, long island, buffalo, bflo, rochester, albany, syracuse, yonkers, upstate new york, upstate ny, westchester, ithaca, the hamptons, astoria, flushing, white plains, saratoga springs
CA: los angeles, la, l a, hollywood, north hollywood, santa monica, socal, so cal, southern california, norcal, northern california, san francisco, sf, san fran, bay area, sf bay area, san francisco bay area, oakland, berkeley, san jose, silicon valley, palo alto, san diego, sacramento, fresno, long beach, irvine, anaheim, orange county, pasadena, burbank, venice beach, malibu, santa barbara, santa cruz, riverside, bakersfield, stockton, san bernardino, palm springs, monterey county, fremont
IL: chicago, chicagoland, chi town, chitown, naperville, evanston, peoria, springfield illinois
TX: houston, h-town, htown, dallas, dfw, dallas fort worth, fort worth, ft worth, austin, atx, san antonio, el paso, plano, arlington tx, corpus christi, lubbock, mckinney, frisco, irving, college station, the woodlands, galveston
MA: boston, logan airport, logan international airport, cambridge ma, worcester, springfield ma, cape cod, nantucket, martha's vineyard, south shore, somerville
PA: philadelphia, philly, pittsburgh, allentown, harrisburg, erie, scranton, lancaster pa
DC: washington dc, washingtondc, washington d c, dc, d c, washington district of columbia
GA: atlanta, atl, savannah, athens ga, augusta ga, macon
FL: miami, miami beach, south beach, south florida, orlando, tampa, tampa bay, jacksonville, fort lauderdale, ft lauderdale, tallahassee, st petersburg, west palm beach, west palm, boca raton, sarasota, naples fl, gainesville, key west, fort myers, ft myers, pensacola, daytona beach, clearwater
WA: seattle, tacoma, spokane, bellevue, redmond, olympia
OR: portland, pdx, eugene, salem or
CO: denver, boulder, colorado springs, aurora co, fort collins, vail, aspen
AZ: phoenix, tucson, scottsdale, mesa, tempe, flagstaff, sedona
NV: las vegas, vegas, reno, henderson
TN: nashville, memphis, knoxville, chattanooga
NC: charlotte, raleigh, durham, chapel hill, greensboro, asheville, winston salem, wilmington nc
SC: charleston sc, columbia sc, greenville sc, myrtle beach, hilton head
VA: richmond, virginia beach, norfolk, arlington va, alexandria va, northern virginia, nova, charlottesville
MD: baltimore, annapolis, bethesda, silver spring
MN: minneapolis, st paul, saint paul, twin cities, duluth
MO: st louis, saint louis, stl, kansas city, kcmo, kc, springfield mo
OH: cleveland, columbus, cincinnati, cincy, toledo, akron, dayton
MI: detroit, grand rapids, ann arbor, lansing, kalamazoo
WI: milwaukee, madison wi, green bay
IN: indianapolis, indy, fort wayne, bloomington in
KY: louisville, lexington ky
LA: new orleans, nola, baton rouge, shreveport, lafayette la
UT: salt lake city, slc, provo, park city
NM: albuquerque, santa fe
OK: oklahoma city, okc, tulsa
NE: omaha, lincoln ne
KS: wichita, topeka, lawrence ks
IA: des moines, cedar rapids, iowa city
AR: little rock, fayetteville ar, bentonville
AL: birmingham al, montgomery, huntsville, mobile al
MS: jackson ms
CT: hartford, new haven, stamford, greenwich, bridgeport
RI: providence, little rhody
NJ: north jersey, south jersey, central jersey, newark, jersey city, hoboken, trenton, princeton, atlantic city
NH: manchester nh, nashua, concord nh
ME: portland maine, bangor
VT: burlington vt
HI: honolulu, maui, oahu, kauai, waikiki, hilo
AK: anchorage, fairbanks, juneau
ID: boise
MT: missoula, bozeman, billings
WV: charleston wv
DE: wilmington de
SD: sioux falls
ND: fargo
WY: cheyenne
NY: the big apple, big apple, empire state, the hamptons ny, hamptons
CA: the oc, inland empire, the bay area, noho la
IL: windy city, the windy city
MA: beantown
MI: motor city, motown
CO: mile high city
LA: big easy, the big easy
NV: sin city
TN: nashvegas
TX: lone star state
FL: sunshine state, sofla, so fla
WA: puget sound
NC: research triangle, the triangle nc
VA: hampton roads
DC: dmv, dc metro, dc metro area, the dmv
`;

/** US places whose state is ambiguous or which span states: country only. */
export const US_AMBIGUOUS = `
washington, springfield, charleston, columbia, arlington, new england, midwest, east coast,
west coast, pacific northwest, pnw, tri state, tri-state area, the south, deep south,
middle america, kansas city metro, lexington, the states, stateside, america, murica, merica
`;

/** World cities and regions, by ISO country code. */
export const WORLD_CITIES = `
GB: london, greater london, manchester, liverpool, leeds, sheffield, bristol, nottingham, leicester, brighton, newcastle, oxford, cambridge uk, edinburgh, glasgow, aberdeen, cardiff, belfast, southampton, coventry, york uk, bath uk, grimsby, england, scotland, wales, northern ireland, great britain, britain, united kingdom, uk, u k, gb
CA: toronto, montreal, vancouver, ottawa, calgary, edmonton, winnipeg, halifax, quebec city, victoria bc, hamilton on, kitchener, waterloo on, mississauga, saskatoon, regina, fredericton, kingston on, canmore, whistler, north saanich, gta
MX: mexico city, cdmx, guadalajara, monterrey, cancun, tijuana, puebla, merida, cabo, los cabos, puerto vallarta
AU: sydney, melbourne, brisbane, perth, adelaide, canberra, gold coast, hobart, darwin, queensland, new south wales, nsw, tasmania, western australia
NZ: auckland, wellington, christchurch
IE: dublin, cork, galway
FR: paris, marseille, lyon, toulouse, nice france, bordeaux, lille, strasbourg
DE: berlin, munich, munchen, hamburg, frankfurt, cologne, koln, stuttgart, dusseldorf, deutschland
NL: amsterdam, rotterdam, the hague, utrecht, eindhoven, holland, the netherlands, nederland
BE: brussels, bruxelles, antwerp, ghent
ES: madrid, barcelona, valencia, seville, sevilla, malaga, bilbao, ibiza, espana
IT: rome, roma, milan, milano, naples italy, turin, florence, firenze, venice italy, bologna, italia
PT: lisbon, lisboa, porto
CH: zurich, geneva, geneve, bern, basel, lausanne
AT: vienna, wien, salzburg
SE: stockholm, gothenburg
NO: oslo, bergen
DK: copenhagen
FI: helsinki
PL: warsaw, krakow
CZ: prague
HU: budapest
GR: thessaloniki
TR: istanbul, ankara
RU: moscow, saint petersburg, st petersburg russia
UA: kyiv, kiev
IL: tel aviv, jerusalem, haifa
AE: dubai, abu dhabi, uae, u a e
QA: doha
SA: riyadh, jeddah
EG: cairo
NG: lagos, abuja
KE: nairobi
ZA: johannesburg, cape town, durban, pretoria
IN: mumbai, bombay, delhi, new delhi, bangalore, bengaluru, hyderabad, chennai, kolkata, pune
PK: karachi, lahore, islamabad
BD: dhaka
CN: beijing, shanghai, guangzhou, shenzhen, chengdu
HK: hong kong
TW: taipei
JP: tokyo, osaka, kyoto, yokohama, okinawa
KR: seoul, busan, korea
SG: singapore
MY: kuala lumpur
TH: bangkok, phuket
ID: jakarta, bali
PH: manila
VN: hanoi, ho chi minh city, saigon
BR: sao paulo, rio de janeiro, rio, brasilia, brasil
AR: buenos aires
CL: santiago chile
CO: bogota, medellin
PE: lima peru
PR: san juan, san juan pr, yauco
JM: kingston jamaica, montego bay
BS: nassau
DO: santo domingo, punta cana
`;

/** Words that are also common in non-place text: only matched as a whole location part. */
export const WHOLE_PART_ONLY = `
la, l a, sf, dc, d c, bk, kc, nova, rio, cabo, indy, slc, stl, atl, okc, gta, uk, u k, gb, nyc,
vegas, america, murica, merica, the south, midwest, korea, chad, jordan, turkey, togo, chile,
guinea, niger, mali, oman, jamaica, georgia, cuba, peru, panama, china,
reading, mobile, phoenix, buffalo, aurora, orange county, hollywood, lincoln ne, columbia, nice france,
holland, britain, wales, victoria bc, hamilton on, waterloo on, rochester, portland, richmond, springfield,
dmv, motown, big apple, hamptons
`;

/** Names not to resolve at all (several big places share them, or they are rarely places). */
export const UNRESOLVED = `jersey, cambridge, birmingham, kingston, victoria, hamilton, naples, athens`;

/** Country forms beyond the ISO names, by code. */
export const COUNTRY_ALIASES = `
US: us, u s, usa, u s a, united states, united states of america, the us, the usa, the united states
RU: russia
KR: south korea
CZ: czech republic
VN: viet nam
`;

/** Major US airports' IATA codes: matched only as a whole, upper-case location part. */
export const US_AIRPORTS = `
JFK:NY LGA:NY EWR:NJ LAX:CA SFO:CA SJC:CA OAK:CA ORD:IL MDW:IL ATL:GA DFW:TX IAH:TX HOU:TX
BOS:MA DCA:VA IAD:VA BWI:MD SEA:WA PHX:AZ MCO:FL MIA:FL FLL:FL TPA:FL CLT:NC RDU:NC MSP:MN
DTW:MI PHL:PA PIT:PA LAS:NV SLC:UT PDX:OR STL:MO MSY:LA BNA:TN CLE:OH CVG:KY MKE:WI
`;

/** Lower-case two-letter words that are not read as a state code when they stand alone. */
export const LOWERCASE_CODE_WORDS = 'in me or hi ok oh de al co id pa ma ms mo ne la md ar mt nd sc ga va';
