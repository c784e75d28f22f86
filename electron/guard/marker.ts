/**
 * The title of every blocking the guard makes in Doctena. It says only that the time is taken on
 * Docfav: a blocking's title is visible to anyone with access to the Doctena calendar, so no
 * patient name, service or note ever goes into it. Blockings with any other title were made by
 * people and are never touched.
 */
export const MIRROR_TITLE = 'Docfav · busy';

export function isMirrorTitle(title: string | null | undefined): boolean {
  return title === MIRROR_TITLE;
}
