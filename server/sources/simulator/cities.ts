/**
 * Where simulated authors live: real cities, weighted roughly by their share of social-media
 * posting in English-language listening data (internet users, skewed to the US, UK, India,
 * Brazil, ...). Each city lists the free-text forms people put in a profile's location field.
 */

/** Name pools by region, for author names (see names.ts). */
export type NameGroup = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it' | 'in' | 'af' | 'ar' | 'east' | 'sea';

export interface City {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 3166-2 subdivision for US cities ("US-TX"). */
  region?: string;
  lat: number;
  lon: number;
  /** Relative weight of authors living there. */
  w: number;
  tz: string;
  /** How people write it in a profile. */
  forms: string[];
  names: NameGroup;
  /** A language some locals post in (the simulator writes a few posts in it). */
  lang?: 'es' | 'pt' | 'fr' | 'de';
}

const us = (name: string, st: string, lat: number, lon: number, w: number, tz: string, forms: string[]): City =>
  ({ name, country: 'US', region: `US-${st}`, lat, lon, w, tz, forms, names: 'en' });

export const CITIES: City[] = [
  us('New York', 'NY', 40.7128, -74.006, 30, 'America/New_York', ['NYC', 'New York, NY', 'New York', 'Brooklyn, NY', 'nyc 🗽', 'Manhattan']),
  us('Los Angeles', 'CA', 34.0522, -118.2437, 22, 'America/Los_Angeles', ['Los Angeles, CA', 'LA', 'L.A.', 'Los Angeles', 'SoCal', 'California']),
  us('Chicago', 'IL', 41.8781, -87.6298, 14, 'America/Chicago', ['Chicago, IL', 'Chicago', 'Chi-town', 'Illinois']),
  us('Houston', 'TX', 29.7604, -95.3698, 10, 'America/Chicago', ['Houston, TX', 'Houston', 'H-Town', 'Texas']),
  us('Dallas', 'TX', 32.7767, -96.797, 10, 'America/Chicago', ['Dallas, TX', 'DFW', 'Dallas, Texas']),
  us('Austin', 'TX', 30.2672, -97.7431, 7, 'America/Chicago', ['Austin, TX', 'ATX', 'Austin, Texas']),
  us('San Francisco', 'CA', 37.7749, -122.4194, 12, 'America/Los_Angeles', ['San Francisco, CA', 'SF', 'Bay Area', 'San Francisco']),
  us('San Jose', 'CA', 37.3382, -121.8863, 5, 'America/Los_Angeles', ['San Jose, CA', 'Silicon Valley']),
  us('San Diego', 'CA', 32.7157, -117.1611, 5, 'America/Los_Angeles', ['San Diego, CA', 'San Diego']),
  us('Seattle', 'WA', 47.6062, -122.3321, 8, 'America/Los_Angeles', ['Seattle, WA', 'Seattle', 'PNW', 'Washington State']),
  us('Portland', 'OR', 45.5152, -122.6784, 4, 'America/Los_Angeles', ['Portland, OR', 'PDX', 'Oregon']),
  us('Denver', 'CO', 39.7392, -104.9903, 5, 'America/Denver', ['Denver, CO', 'Denver', 'Colorado']),
  us('Phoenix', 'AZ', 33.4484, -112.074, 6, 'America/Phoenix', ['Phoenix, AZ', 'Arizona']),
  us('Miami', 'FL', 25.7617, -80.1918, 8, 'America/New_York', ['Miami, FL', 'Miami', 'South Florida', 'Florida']),
  us('Orlando', 'FL', 28.5383, -81.3792, 4, 'America/New_York', ['Orlando, FL', 'Florida']),
  us('Atlanta', 'GA', 33.749, -84.388, 9, 'America/New_York', ['Atlanta, GA', 'ATL', 'Atlanta', 'Georgia']),
  us('Boston', 'MA', 42.3601, -71.0589, 7, 'America/New_York', ['Boston, MA', 'Boston', 'Massachusetts']),
  us('Washington', 'DC', 38.9072, -77.0369, 8, 'America/New_York', ['Washington, DC', 'DC', 'D.C.']),
  us('Philadelphia', 'PA', 39.9526, -75.1652, 7, 'America/New_York', ['Philadelphia, PA', 'Philly', 'Pennsylvania']),
  us('Detroit', 'MI', 42.3314, -83.0458, 4, 'America/Detroit', ['Detroit, MI', 'Michigan']),
  us('Minneapolis', 'MN', 44.9778, -93.265, 4, 'America/Chicago', ['Minneapolis, MN', 'Minnesota']),
  us('Nashville', 'TN', 36.1627, -86.7816, 4, 'America/Chicago', ['Nashville, TN', 'Tennessee']),
  us('Las Vegas', 'NV', 36.1699, -115.1398, 4, 'America/Los_Angeles', ['Las Vegas, NV', 'Vegas']),
  us('Columbus', 'OH', 39.9612, -82.9988, 4, 'America/New_York', ['Columbus, OH', 'Ohio']),
  us('Charlotte', 'NC', 35.2271, -80.8431, 4, 'America/New_York', ['Charlotte, NC', 'North Carolina']),
  us('Salt Lake City', 'UT', 40.7608, -111.891, 2, 'America/Denver', ['Salt Lake City, UT', 'Utah']),
  us('New Orleans', 'LA', 29.9511, -90.0715, 2, 'America/Chicago', ['New Orleans, LA', 'NOLA', 'Louisiana']),
  { name: 'Toronto', country: 'CA', lat: 43.6532, lon: -79.3832, w: 8, tz: 'America/Toronto', forms: ['Toronto, ON', 'Toronto', 'The 6ix', 'Toronto, Canada'], names: 'en' },
  { name: 'Vancouver', country: 'CA', lat: 49.2827, lon: -123.1207, w: 4, tz: 'America/Vancouver', forms: ['Vancouver, BC', 'Vancouver'], names: 'en' },
  { name: 'Montreal', country: 'CA', lat: 45.5017, lon: -73.5673, w: 4, tz: 'America/Toronto', forms: ['Montréal, QC', 'Montreal'], names: 'fr', lang: 'fr' },
  { name: 'Mexico City', country: 'MX', lat: 19.4326, lon: -99.1332, w: 10, tz: 'America/Mexico_City', forms: ['Ciudad de México', 'CDMX', 'Mexico City'], names: 'es', lang: 'es' },
  { name: 'Guadalajara', country: 'MX', lat: 20.6597, lon: -103.3496, w: 3, tz: 'America/Mexico_City', forms: ['Guadalajara, Jalisco'], names: 'es', lang: 'es' },
  { name: 'São Paulo', country: 'BR', lat: -23.5505, lon: -46.6333, w: 12, tz: 'America/Sao_Paulo', forms: ['São Paulo', 'Sao Paulo, Brazil', 'SP', 'São Paulo, Brasil'], names: 'pt', lang: 'pt' },
  { name: 'Rio de Janeiro', country: 'BR', lat: -22.9068, lon: -43.1729, w: 6, tz: 'America/Sao_Paulo', forms: ['Rio de Janeiro', 'Rio', 'RJ, Brasil'], names: 'pt', lang: 'pt' },
  { name: 'Buenos Aires', country: 'AR', lat: -34.6037, lon: -58.3816, w: 6, tz: 'America/Argentina/Buenos_Aires', forms: ['Buenos Aires', 'CABA', 'Buenos Aires, Argentina'], names: 'es', lang: 'es' },
  { name: 'Bogotá', country: 'CO', lat: 4.711, lon: -74.0721, w: 5, tz: 'America/Bogota', forms: ['Bogotá', 'Bogota, Colombia'], names: 'es', lang: 'es' },
  { name: 'Lima', country: 'PE', lat: -12.0464, lon: -77.0428, w: 4, tz: 'America/Lima', forms: ['Lima, Perú', 'Lima'], names: 'es', lang: 'es' },
  { name: 'Santiago', country: 'CL', lat: -33.4489, lon: -70.6693, w: 4, tz: 'America/Santiago', forms: ['Santiago, Chile', 'Stgo'], names: 'es', lang: 'es' },
  { name: 'London', country: 'GB', lat: 51.5074, lon: -0.1278, w: 18, tz: 'Europe/London', forms: ['London', 'London, UK', 'London, England', 'LDN'], names: 'en' },
  { name: 'Manchester', country: 'GB', lat: 53.4808, lon: -2.2426, w: 5, tz: 'Europe/London', forms: ['Manchester, UK', 'Manchester'], names: 'en' },
  { name: 'Birmingham', country: 'GB', lat: 52.4862, lon: -1.8904, w: 3, tz: 'Europe/London', forms: ['Birmingham, UK', 'Brum'], names: 'en' },
  { name: 'Glasgow', country: 'GB', lat: 55.8642, lon: -4.2518, w: 2, tz: 'Europe/London', forms: ['Glasgow, Scotland', 'Scotland'], names: 'en' },
  { name: 'Dublin', country: 'IE', lat: 53.3498, lon: -6.2603, w: 3, tz: 'Europe/Dublin', forms: ['Dublin, Ireland', 'Dublin'], names: 'en' },
  { name: 'Paris', country: 'FR', lat: 48.8566, lon: 2.3522, w: 8, tz: 'Europe/Paris', forms: ['Paris', 'Paris, France', 'Île-de-France'], names: 'fr', lang: 'fr' },
  { name: 'Lyon', country: 'FR', lat: 45.764, lon: 4.8357, w: 2, tz: 'Europe/Paris', forms: ['Lyon, France'], names: 'fr', lang: 'fr' },
  { name: 'Berlin', country: 'DE', lat: 52.52, lon: 13.405, w: 6, tz: 'Europe/Berlin', forms: ['Berlin', 'Berlin, Germany', 'Berlin, Deutschland'], names: 'de', lang: 'de' },
  { name: 'Munich', country: 'DE', lat: 48.1351, lon: 11.582, w: 3, tz: 'Europe/Berlin', forms: ['München', 'Munich, Germany'], names: 'de', lang: 'de' },
  { name: 'Hamburg', country: 'DE', lat: 53.5511, lon: 9.9937, w: 2, tz: 'Europe/Berlin', forms: ['Hamburg'], names: 'de', lang: 'de' },
  { name: 'Madrid', country: 'ES', lat: 40.4168, lon: -3.7038, w: 5, tz: 'Europe/Madrid', forms: ['Madrid', 'Madrid, España'], names: 'es', lang: 'es' },
  { name: 'Barcelona', country: 'ES', lat: 41.3874, lon: 2.1686, w: 4, tz: 'Europe/Madrid', forms: ['Barcelona', 'BCN'], names: 'es', lang: 'es' },
  { name: 'Rome', country: 'IT', lat: 41.9028, lon: 12.4964, w: 4, tz: 'Europe/Rome', forms: ['Roma', 'Rome, Italy'], names: 'it' },
  { name: 'Milan', country: 'IT', lat: 45.4642, lon: 9.19, w: 4, tz: 'Europe/Rome', forms: ['Milano', 'Milan, Italy'], names: 'it' },
  { name: 'Amsterdam', country: 'NL', lat: 52.3676, lon: 4.9041, w: 4, tz: 'Europe/Amsterdam', forms: ['Amsterdam', 'Amsterdam, NL'], names: 'de' },
  { name: 'Brussels', country: 'BE', lat: 50.8503, lon: 4.3517, w: 2, tz: 'Europe/Brussels', forms: ['Brussels', 'Bruxelles'], names: 'fr' },
  { name: 'Stockholm', country: 'SE', lat: 59.3293, lon: 18.0686, w: 2, tz: 'Europe/Stockholm', forms: ['Stockholm, Sweden'], names: 'de' },
  { name: 'Warsaw', country: 'PL', lat: 52.2297, lon: 21.0122, w: 3, tz: 'Europe/Warsaw', forms: ['Warszawa', 'Warsaw, Poland'], names: 'de' },
  { name: 'Lisbon', country: 'PT', lat: 38.7223, lon: -9.1393, w: 2, tz: 'Europe/Lisbon', forms: ['Lisboa', 'Lisbon, Portugal'], names: 'pt', lang: 'pt' },
  { name: 'Istanbul', country: 'TR', lat: 41.0082, lon: 28.9784, w: 6, tz: 'Europe/Istanbul', forms: ['İstanbul', 'Istanbul, Türkiye'], names: 'ar' },
  { name: 'Moscow', country: 'RU', lat: 55.7558, lon: 37.6173, w: 4, tz: 'Europe/Moscow', forms: ['Москва', 'Moscow'], names: 'de' },
  { name: 'Kyiv', country: 'UA', lat: 50.4501, lon: 30.5234, w: 2, tz: 'Europe/Kyiv', forms: ['Kyiv, Ukraine'], names: 'de' },
  { name: 'Zurich', country: 'CH', lat: 47.3769, lon: 8.5417, w: 1, tz: 'Europe/Zurich', forms: ['Zürich'], names: 'de', lang: 'de' },
  { name: 'Vienna', country: 'AT', lat: 48.2082, lon: 16.3738, w: 1, tz: 'Europe/Vienna', forms: ['Wien', 'Vienna, Austria'], names: 'de', lang: 'de' },
  { name: 'Lagos', country: 'NG', lat: 6.5244, lon: 3.3792, w: 8, tz: 'Africa/Lagos', forms: ['Lagos, Nigeria', 'Lagos', 'Eko'], names: 'af' },
  { name: 'Abuja', country: 'NG', lat: 9.0765, lon: 7.3986, w: 2, tz: 'Africa/Lagos', forms: ['Abuja', 'Abuja, Nigeria'], names: 'af' },
  { name: 'Nairobi', country: 'KE', lat: -1.2921, lon: 36.8219, w: 4, tz: 'Africa/Nairobi', forms: ['Nairobi, Kenya', 'Nairobi'], names: 'af' },
  { name: 'Johannesburg', country: 'ZA', lat: -26.2041, lon: 28.0473, w: 4, tz: 'Africa/Johannesburg', forms: ['Johannesburg, South Africa', 'Joburg', 'Jozi'], names: 'af' },
  { name: 'Cape Town', country: 'ZA', lat: -33.9249, lon: 18.4241, w: 2, tz: 'Africa/Johannesburg', forms: ['Cape Town', 'Cape Town, SA'], names: 'en' },
  { name: 'Cairo', country: 'EG', lat: 30.0444, lon: 31.2357, w: 4, tz: 'Africa/Cairo', forms: ['Cairo, Egypt', 'القاهرة'], names: 'ar' },
  { name: 'Accra', country: 'GH', lat: 5.6037, lon: -0.187, w: 2, tz: 'Africa/Accra', forms: ['Accra, Ghana'], names: 'af' },
  { name: 'Dubai', country: 'AE', lat: 25.2048, lon: 55.2708, w: 3, tz: 'Asia/Dubai', forms: ['Dubai, UAE', 'Dubai'], names: 'ar' },
  { name: 'Riyadh', country: 'SA', lat: 24.7136, lon: 46.6753, w: 4, tz: 'Asia/Riyadh', forms: ['Riyadh, KSA', 'الرياض'], names: 'ar' },
  { name: 'Tel Aviv', country: 'IL', lat: 32.0853, lon: 34.7818, w: 2, tz: 'Asia/Jerusalem', forms: ['Tel Aviv', 'Tel Aviv, Israel'], names: 'en' },
  { name: 'Mumbai', country: 'IN', lat: 19.076, lon: 72.8777, w: 12, tz: 'Asia/Kolkata', forms: ['Mumbai, India', 'Mumbai', 'Bombay'], names: 'in' },
  { name: 'Delhi', country: 'IN', lat: 28.7041, lon: 77.1025, w: 12, tz: 'Asia/Kolkata', forms: ['New Delhi, India', 'Delhi', 'Delhi NCR'], names: 'in' },
  { name: 'Bengaluru', country: 'IN', lat: 12.9716, lon: 77.5946, w: 9, tz: 'Asia/Kolkata', forms: ['Bengaluru, India', 'Bangalore', 'Namma Bengaluru'], names: 'in' },
  { name: 'Hyderabad', country: 'IN', lat: 17.385, lon: 78.4867, w: 5, tz: 'Asia/Kolkata', forms: ['Hyderabad, India', 'Hyderabad'], names: 'in' },
  { name: 'Chennai', country: 'IN', lat: 13.0827, lon: 80.2707, w: 4, tz: 'Asia/Kolkata', forms: ['Chennai', 'Chennai, Tamil Nadu'], names: 'in' },
  { name: 'Kolkata', country: 'IN', lat: 22.5726, lon: 88.3639, w: 3, tz: 'Asia/Kolkata', forms: ['Kolkata', 'Kolkata, India'], names: 'in' },
  { name: 'Pune', country: 'IN', lat: 18.5204, lon: 73.8567, w: 3, tz: 'Asia/Kolkata', forms: ['Pune, India'], names: 'in' },
  { name: 'Karachi', country: 'PK', lat: 24.8607, lon: 67.0011, w: 4, tz: 'Asia/Karachi', forms: ['Karachi, Pakistan', 'Karachi'], names: 'in' },
  { name: 'Lahore', country: 'PK', lat: 31.5204, lon: 74.3587, w: 3, tz: 'Asia/Karachi', forms: ['Lahore', 'Lahore, Pakistan'], names: 'in' },
  { name: 'Dhaka', country: 'BD', lat: 23.8103, lon: 90.4125, w: 4, tz: 'Asia/Dhaka', forms: ['Dhaka, Bangladesh'], names: 'in' },
  { name: 'Jakarta', country: 'ID', lat: -6.2088, lon: 106.8456, w: 9, tz: 'Asia/Jakarta', forms: ['Jakarta, Indonesia', 'Jakarta', 'JKT'], names: 'sea' },
  { name: 'Manila', country: 'PH', lat: 14.5995, lon: 120.9842, w: 8, tz: 'Asia/Manila', forms: ['Manila, Philippines', 'Metro Manila', 'MNL'], names: 'sea' },
  { name: 'Bangkok', country: 'TH', lat: 13.7563, lon: 100.5018, w: 5, tz: 'Asia/Bangkok', forms: ['Bangkok, Thailand', 'BKK'], names: 'sea' },
  { name: 'Ho Chi Minh City', country: 'VN', lat: 10.8231, lon: 106.6297, w: 4, tz: 'Asia/Ho_Chi_Minh', forms: ['Ho Chi Minh City', 'Saigon'], names: 'sea' },
  { name: 'Kuala Lumpur', country: 'MY', lat: 3.139, lon: 101.6869, w: 3, tz: 'Asia/Kuala_Lumpur', forms: ['Kuala Lumpur', 'KL, Malaysia'], names: 'sea' },
  { name: 'Singapore', country: 'SG', lat: 1.3521, lon: 103.8198, w: 4, tz: 'Asia/Singapore', forms: ['Singapore', 'SG'], names: 'east' },
  { name: 'Tokyo', country: 'JP', lat: 35.6762, lon: 139.6503, w: 12, tz: 'Asia/Tokyo', forms: ['Tokyo, Japan', '東京', 'Tokyo'], names: 'east' },
  { name: 'Osaka', country: 'JP', lat: 34.6937, lon: 135.5023, w: 4, tz: 'Asia/Tokyo', forms: ['Osaka', '大阪'], names: 'east' },
  { name: 'Seoul', country: 'KR', lat: 37.5665, lon: 126.978, w: 6, tz: 'Asia/Seoul', forms: ['Seoul, Korea', '서울', 'Seoul'], names: 'east' },
  { name: 'Beijing', country: 'CN', lat: 39.9042, lon: 116.4074, w: 3, tz: 'Asia/Shanghai', forms: ['Beijing', '北京'], names: 'east' },
  { name: 'Shanghai', country: 'CN', lat: 31.2304, lon: 121.4737, w: 3, tz: 'Asia/Shanghai', forms: ['Shanghai', '上海'], names: 'east' },
  { name: 'Hong Kong', country: 'HK', lat: 22.3193, lon: 114.1694, w: 3, tz: 'Asia/Hong_Kong', forms: ['Hong Kong', 'HK'], names: 'east' },
  { name: 'Taipei', country: 'TW', lat: 25.033, lon: 121.5654, w: 2, tz: 'Asia/Taipei', forms: ['Taipei, Taiwan'], names: 'east' },
  { name: 'Sydney', country: 'AU', lat: -33.8688, lon: 151.2093, w: 6, tz: 'Australia/Sydney', forms: ['Sydney, Australia', 'Sydney', 'Sydney, NSW'], names: 'en' },
  { name: 'Melbourne', country: 'AU', lat: -37.8136, lon: 144.9631, w: 5, tz: 'Australia/Melbourne', forms: ['Melbourne, VIC', 'Melbourne, Australia'], names: 'en' },
  { name: 'Brisbane', country: 'AU', lat: -27.4698, lon: 153.0251, w: 2, tz: 'Australia/Brisbane', forms: ['Brisbane, QLD'], names: 'en' },
  { name: 'Auckland', country: 'NZ', lat: -36.8485, lon: 174.7633, w: 2, tz: 'Pacific/Auckland', forms: ['Auckland, NZ'], names: 'en' },
];

/** Profile locations that name no place: an analyzer should leave these unplaced. */
export const VAGUE_LOCATIONS = [
  'Earth 🌍', 'somewhere', 'wherever the wifi is', 'the internet', 'your mom\'s house', 'Worldwide',
  'In my head', 'Planet Earth', 'on the road', 'she/her', 'Hogwarts', 'lost', '☁️',
];
