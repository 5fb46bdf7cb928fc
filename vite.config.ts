/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Repo root (this file's folder): vitest runs from here, vite builds from client/. */
const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const SERVER_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // The start page loads only React; the wall's libraries come in their own cacheable chunks.
        codeSplitting: {
          groups: [
            { name: 'react', priority: 2, test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'charts', test: /node_modules[\\/](d3-[a-z-]+)[\\/]/ },
            { name: 'realtime', test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: SERVER_ORIGIN, changeOrigin: true },
      '/socket.io': { target: SERVER_ORIGIN, ws: true, changeOrigin: true },
    },
  },
  test: {
    // vite's root is client/; vitest must look from the repo root instead.
    root: repoRoot,
    dir: repoRoot,
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // Playwright specs (test/e2e/*.spec.ts) must never be collected here.
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // generous: the suite shares 2 cores with real servers and browsers; a slow test is not a failure
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
