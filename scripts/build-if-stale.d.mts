/** Build the app when dist/ is missing or older than its sources; false when the build failed. */
export function buildIfStale(): boolean;
