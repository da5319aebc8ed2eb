/** Tracks appear in teaching order: the basics first, then what builds on them; unknown tracks follow by name. */
const TRACK_ORDER = ['crud', 'security', 'websockets', 'rate-limiting'];

function rank(track: string): number {
  const index = TRACK_ORDER.indexOf(track);
  return index === -1 ? TRACK_ORDER.length : index;
}

export function compareTracks(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
