import { z } from 'zod';

/**
 * The CSP has no 'unsafe-eval'. zod compiles fast object parsers with `new Function` after probing
 * whether eval works; under the CSP the probe is blocked and reported as a violation. The client
 * parses little, so it runs zod without the JIT (the server keeps it: ingest validation is hot).
 */
z.config({ jitless: true });
