/** Name pools for simulated authors, by region, and the fictional outlets that write news. */
import type { NameGroup } from './cities';

export const FIRST_NAMES: Record<NameGroup, string[]> = {
  en: ['James', 'Emily', 'Michael', 'Sarah', 'Chris', 'Jessica', 'Tyler', 'Ashley', 'Ryan', 'Megan', 'Jordan', 'Taylor', 'Kevin', 'Olivia', 'Jake', 'Hannah', 'Marcus', 'Chloe', 'Dave', 'Grace'],
  es: ['Carlos', 'María', 'José', 'Lucía', 'Diego', 'Sofía', 'Javier', 'Valentina', 'Andrés', 'Camila', 'Alejandro', 'Daniela', 'Pablo', 'Fernanda'],
  pt: ['João', 'Ana', 'Pedro', 'Beatriz', 'Lucas', 'Juliana', 'Gabriel', 'Mariana', 'Rafael', 'Larissa', 'Thiago', 'Camila'],
  fr: ['Julien', 'Camille', 'Antoine', 'Léa', 'Mathieu', 'Chloé', 'Nicolas', 'Manon', 'Hugo', 'Élodie', 'Louis', 'Inès'],
  de: ['Lukas', 'Anna', 'Felix', 'Lena', 'Jonas', 'Sophie', 'Max', 'Laura', 'Tobias', 'Marie', 'Jan', 'Katrin', 'Piotr', 'Olga', 'Erik', 'Sanne'],
  it: ['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Matteo', 'Sara', 'Davide', 'Elena'],
  in: ['Rahul', 'Priya', 'Arjun', 'Ananya', 'Vikram', 'Sneha', 'Rohan', 'Kavya', 'Aditya', 'Pooja', 'Imran', 'Ayesha', 'Karthik', 'Divya'],
  af: ['Chinedu', 'Amara', 'Kwame', 'Ngozi', 'Tunde', 'Wanjiru', 'Thabo', 'Zanele', 'Kofi', 'Adaeze', 'Emeka', 'Achieng'],
  ar: ['Omar', 'Fatima', 'Ahmed', 'Layla', 'Youssef', 'Mariam', 'Khalid', 'Noor', 'Emre', 'Zeynep', 'Hassan', 'Salma'],
  east: ['Hiroshi', 'Yuki', 'Kenji', 'Sakura', 'Min-jun', 'Ji-woo', 'Wei', 'Mei', 'Jun', 'Hana', 'Daniel', 'Grace'],
  sea: ['Andi', 'Putri', 'Miguel', 'Angel', 'Nguyen', 'Linh', 'Somchai', 'Nong', 'Aziz', 'Siti', 'Paolo', 'Bea'],
};

export const LAST_NAMES: Record<NameGroup, string[]> = {
  en: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Scott', 'Green'],
  es: ['García', 'Rodríguez', 'Martínez', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez'],
  pt: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Costa', 'Almeida', 'Ferreira', 'Ribeiro'],
  fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'],
  de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'de Vries', 'Kowalski', 'Novak', 'Lindqvist'],
  it: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
  in: ['Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Nair', 'Khan', 'Das', 'Mehta', 'Joshi'],
  af: ['Okafor', 'Adeyemi', 'Mensah', 'Kamau', 'Otieno', 'Ndlovu', 'Dlamini', 'Okonkwo', 'Boateng', 'Mwangi'],
  ar: ['Hassan', 'Ali', 'Ibrahim', 'Mahmoud', 'Al-Sayed', 'Yilmaz', 'Demir', 'Haddad', 'Nasser', 'Aziz'],
  east: ['Tanaka', 'Suzuki', 'Sato', 'Kim', 'Lee', 'Park', 'Wang', 'Li', 'Zhang', 'Chen', 'Lin', 'Tan'],
  sea: ['Santoso', 'Wijaya', 'Reyes', 'Cruz', 'Nguyen', 'Tran', 'Srisai', 'Rahman', 'Abdullah', 'Garcia'],
};

/** Words for handles that are not built from a name. */
export const HANDLE_WORDS = [
  'pixel', 'techie', 'gadget', 'coffee', 'night', 'owl', 'retro', 'geek', 'ninja', 'daily', 'real', 'not',
  'the', 'its', 'just', 'mr', 'miss', 'dr', 'lazy', 'happy', 'salty', 'chill', 'urban', 'wild', 'mango',
  'vibes', 'gamer', 'dad', 'mom', 'runner', 'foodie', 'bytes', 'glitchy', 'neon', 'rocket', 'bass',
];

export interface Outlet { name: string; slug: string; followers: number; city: string }

/** Fictional news outlets (the simulator never names a real publication). */
export const OUTLETS: Outlet[] = [
  { name: 'Daily Tech Wire', slug: 'dailytechwire', followers: 2_400_000, city: 'New York' },
  { name: 'The Gadget Ledger', slug: 'gadgetledger', followers: 850_000, city: 'San Francisco' },
  { name: 'Metro Business Journal', slug: 'metrobiz', followers: 1_300_000, city: 'New York' },
  { name: 'Circuit Weekly', slug: 'circuitweekly', followers: 310_000, city: 'London' },
  { name: 'Signal & Noise', slug: 'signalnoise', followers: 120_000, city: 'Seattle' },
  { name: 'Consumer Watchdog Today', slug: 'watchdogtoday', followers: 640_000, city: 'Washington' },
  { name: 'Asia Tech Review', slug: 'asiatechreview', followers: 980_000, city: 'Singapore' },
  { name: 'The Morning Byte', slug: 'morningbyte', followers: 450_000, city: 'Toronto' },
  { name: 'Bharat Gadgets', slug: 'bharatgadgets', followers: 1_700_000, city: 'Delhi' },
  { name: 'Planeta Tech', slug: 'planetatech', followers: 560_000, city: 'São Paulo' },
  { name: 'TechPulse Africa', slug: 'techpulseafrica', followers: 230_000, city: 'Lagos' },
  { name: 'Euro Device News', slug: 'eurodevicenews', followers: 290_000, city: 'Berlin' },
  { name: 'Market Minute', slug: 'marketminute', followers: 3_100_000, city: 'New York' },
  { name: 'Pocket Tech AU', slug: 'pockettechau', followers: 175_000, city: 'Sydney' },
];
