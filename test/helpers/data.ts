import { fileURLToPath } from 'node:url';

/** The real data sets live beside the repository in ../shared/data (never copied into it). */
export const DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const AIRLINE_CSV = `${DATA_DIR}twitter_us_airline/Tweets.csv`;
