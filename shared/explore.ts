/**
 * Explore's contract, in one import: the filter (one shape for the API, the /explore URL and the
 * wall's drill-down links) and the REST API's parameters and responses.
 */
export * from './explore-filter';
export * from './explore-api';
