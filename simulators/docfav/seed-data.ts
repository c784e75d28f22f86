/**
 * Fictional people for the demo practice. Names are common Spanish names; every contact detail is
 * plainly fake (example.org/.com addresses, +34 600 555 xxx numbers).
 */

export interface DemoClient {
  firstname: string;
  lastname: string;
  gender: 'male' | 'female';
}

const c = (firstname: string, lastname: string, gender: 'm' | 'f'): DemoClient => ({
  firstname,
  lastname,
  gender: gender === 'm' ? 'male' : 'female',
});

export const DEMO_CLIENTS: DemoClient[] = [
  c('María', 'García López', 'f'),
  c('José', 'Martínez Ruiz', 'm'),
  c('Ana', 'Rodríguez Pérez', 'f'),
  c('Antonio', 'López Gómez', 'm'),
  c('Isabel', 'Sánchez Díaz', 'f'),
  c('Manuel', 'Pérez Muñoz', 'm'),
  c('Laura', 'Gómez Álvarez', 'f'),
  c('Francisco', 'Díaz Romero', 'm'),
  c('Cristina', 'Muñoz Navarro', 'f'),
  c('David', 'Álvarez Torres', 'm'),
  c('Marta', 'Romero Domínguez', 'f'),
  c('Juan', 'Navarro Gil', 'm'),
  c('Elena', 'Torres Vázquez', 'f'),
  c('Pablo', 'Domínguez Serrano', 'm'),
  c('Paula', 'Gil Ramos', 'f'),
  c('Sergio', 'Vázquez Blanco', 'm'),
  c('Raquel', 'Serrano Molina', 'f'),
  c('Alberto', 'Ramos Morales', 'm'),
  c('Beatriz', 'Blanco Ortega', 'f'),
  c('Jorge', 'Molina Delgado', 'm'),
  c('Silvia', 'Morales Castro', 'f'),
  c('Miguel Ángel', 'Ortega Ortiz', 'm'),
  c('Nuria', 'Delgado Rubio', 'f'),
  c('Rubén', 'Castro Marín', 'm'),
  c('Pilar', 'Ortiz Sanz', 'f'),
  c('Álvaro', 'Rubio Iglesias', 'm'),
  c('Rocío', 'Marín Núñez', 'f'),
  c('Iván', 'Sanz Medina', 'm'),
  c('Sofía', 'Iglesias Garrido', 'f'),
  c('Diego', 'Núñez Cortés', 'm'),
  c('Inés', 'Medina Castillo', 'f'),
  c('Adrián', 'Garrido Santos', 'm'),
  c('Lorena', 'Cortés Guerrero', 'f'),
  c('Óscar', 'Castillo Lozano', 'm'),
  c('Alicia', 'Santos Cano', 'f'),
  c('Hugo', 'Guerrero Prieto', 'm'),
  c('Noelia', 'Lozano Méndez', 'f'),
  c('Víctor', 'Cano Calvo', 'm'),
  c('Eva', 'Prieto Herrera', 'f'),
  c('Joaquín', 'Méndez Peña', 'm'),
];

export const DEMO_NOTES = [
  'Primera visita',
  'Revisión de tratamiento',
  'Trae informe previo',
  'Prefiere que le llamen por la tarde',
  'Control tras la última sesión',
];

/** Notes on the patient (not on an appointment), as Docfav's client record holds them. */
export const DEMO_CLIENT_NOTES: (string | null)[] = [
  null,
  'Alergia a la penicilina',
  null,
  'Prefiere cita por la mañana',
  null,
  'Acude con su hija',
];

export const DEMO_STREETS = [
  'Calle Ficticia',
  'Avenida de Ejemplo',
  'Plaza Imaginaria',
  'Calle de la Prueba',
  'Paseo Inventado',
];

/** Deterministic pseudo-random numbers (mulberry32): same seed, same practice. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A UUID v4-shaped id from the PRNG. */
export function prngUuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Spanish DNI check letter, so demo id cards look right while being obviously made up. */
export function dniLetter(n: number): string {
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] ?? 'T';
}

export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}
