import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// One id per build: the tablet compares its own with the one the server serves to learn of a new version.
const build = { version: pkg.version, build: `${pkg.version}+${Date.now().toString(36)}` };

export default defineConfig({
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(build.version),
    'import.meta.env.VITE_APP_BUILD': JSON.stringify(build.build),
  },
  plugins: [
    react(),
    {
      // The server reads it to tell tablets which build it serves (GET /api/health).
      name: 'floorbook-build-id',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'build.json', source: JSON.stringify(build) });
      },
    },
    VitePWA({
      // The user decides when a new version takes over: never in the middle of a form.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png', 'robots.txt'],
      manifest: {
        name: '会员通 Floorbook',
        short_name: '会员通',
        description: '门店 VIP 会员管理：离线可用的平板应用',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f7f4ef',
        theme_color: '#7a1f2b',
        categories: ['business', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
        navigateFallback: '/index.html',
        // API answers hold personal data and must never sit in a cache.
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // A page opened before the first worker was active comes under the new one too: a later
        // update then finds it controlled, and it can still start offline (decision 0012).
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 4_000_000,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    manifest: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
