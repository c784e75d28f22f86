/**
 * The titles of the blockings the double-booking guard makes in Doctena, one per kind of Docfav
 * busy time. A blocking's title is visible to anyone with access to the Doctena calendar, so it
 * says only what kind of time is taken: never a patient's name, a service or a note.
 *
 * The kind is in the title so that PCs whose guard options differ leave each other's kinds alone:
 * a PC adds, moves and removes only the kinds its own options mirror.
 *
 * `Docfav · busy` is the title every earlier version gave all its mirrors. It stays the title of
 * appointment mirrors, so an update rewrites nothing; a mirror of reserved time that an earlier
 * version made under it matches no appointment and is moved or removed by the next run, like any
 * stale mirror, while reserved time gets mirrors of its own kind.
 */
export const MIRROR_KINDS = ['appointment', 'reserved'] as const;
export type MirrorKind = (typeof MIRROR_KINDS)[number];

export const MIRROR_TITLES: Readonly<Record<MirrorKind, string>> = {
  appointment: 'Docfav · busy',
  reserved: 'Docfav · reserved',
};

/** The kind of a guard mirror: only an exact marker title counts, anything else is a person's. */
export function mirrorKindOf(title: string | null | undefined): MirrorKind | null {
  for (const kind of MIRROR_KINDS) if (title === MIRROR_TITLES[kind]) return kind;
  return null;
}

/** Letters and digits only, case-folded: `DOCFAV - busy` and `docfav·busy` read the same. */
function folded(title: string): string {
  return title
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const RESERVED = new Set(MIRROR_KINDS.map((kind) => folded(MIRROR_TITLES[kind])));

/**
 * Titles a person may not give a blocking: every marker title and anything that reads the same
 * (other case, spacing or separator). The guard itself goes by the exact title only, so a
 * look-alike made elsewhere is never touched; refusing look-alikes here keeps people from making
 * blockings that a colleague would take for the guard's.
 */
export function isReservedMirrorTitle(title: string): boolean {
  return RESERVED.has(folded(title));
}
