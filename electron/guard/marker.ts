import { mirrorKindOf } from '../../shared/mirror-title';

export {
  MIRROR_KINDS,
  MIRROR_TITLES,
  isReservedMirrorTitle,
  mirrorKindOf,
  type MirrorKind,
} from '../../shared/mirror-title';

/** A blocking the guard made (any kind). Blockings with any other title were made by people. */
export function isMirrorTitle(title: string | null | undefined): boolean {
  return mirrorKindOf(title) !== null;
}
