import fs from 'node:fs';
import path from 'node:path';
import { AppBuild } from '../../shared/schemas/setup.schema';

/** The build id the app's build wrote beside it (vite.config.ts), or null when there is none. */
export function readAppBuild(staticDir: string | undefined): AppBuild | null {
  if (staticDir === undefined) return null;
  try {
    const parsed = AppBuild.safeParse(
      JSON.parse(fs.readFileSync(path.join(staticDir, 'build.json'), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
