/** This app's own version and build id, set by the build (vite.config.ts); `dev` when unbuilt. */
export const APP_VERSION: string = (import.meta.env.VITE_APP_VERSION as string | undefined) ?? 'dev';
export const APP_BUILD: string = (import.meta.env.VITE_APP_BUILD as string | undefined) ?? 'dev';

const pad = (n: number) => String(n).padStart(2, '0');

/** "0.1.0 · 2026-12-04 14:50": the version, and when it was built (the build id carries the time). */
export function buildLabel(version: string, build: string): string {
  const stamp = Number.parseInt(build.split('+')[1] ?? '', 36);
  if (!Number.isFinite(stamp) || stamp <= 0) return version;
  const d = new Date(stamp);
  const when = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return `${version} · ${when}`;
}
