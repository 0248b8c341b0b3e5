import './member-avatar.css';

// White text reads on each of these (contrast 4.5:1 or more); the brand red is kept for the rail.
const COLOURS = ['#1f5f8b', '#2f6b3b', '#8a4b08', '#5b3b8c', '#0f6b6b', '#8c2f5b', '#4a5560', '#6b5a12'];

function colourOf(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length] ?? '#4a5560';
}

/** The first character of her name on a circle of her own colour: no photos are kept. */
export function MemberAvatar({ id, name }: { id: string; name: string }) {
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? '?';
  return (
    <span className="member-avatar" style={{ background: colourOf(id) }} aria-hidden="true">
      {initial}
    </span>
  );
}
