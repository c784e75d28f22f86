import { z } from 'zod';

/** The main window's last position and size, remembered between starts. */
export const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The saved state, if it is valid and still lands on a screen: a laptop that left its docking
 * station must not open Frontdesk off-screen.
 */
export function restorableState(saved: unknown, workAreas: Area[]): WindowState | undefined {
  const parsed = WindowState.safeParse(saved);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  const visible = workAreas.some(
    (a) =>
      s.x + 100 <= a.x + a.width &&
      s.x + s.width - 100 >= a.x &&
      s.y >= a.y - 10 &&
      s.y + 50 <= a.y + a.height,
  );
  return visible ? s : undefined;
}
