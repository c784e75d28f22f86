/** Vocabulary of the demo practice. Every person here is fictional. */

export const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Emma',
  'Felix',
  'Greta',
  'Hannah',
  'Jonas',
  'Julia',
  'Karl',
  'Lea',
  'Leon',
  'Lina',
  'Luisa',
  'Maximilian',
  'Marie',
  'Matthias',
  'Mia',
  'Noah',
  'Paul',
  'Sabine',
  'Sophie',
  'Stefan',
  'Thomas',
  'Ursula',
  'Jürgen',
  'Monika',
  'Wolfgang',
  'Petra',
];

export const CHILD_FIRST_NAMES = [
  'Emil',
  'Frieda',
  'Henry',
  'Ida',
  'Jakob',
  'Klara',
  'Levi',
  'Mila',
  'Oskar',
  'Paula',
  'Theo',
  'Ella',
  'Anton',
  'Lotta',
  'Finn',
  'Mathilda',
];

export const LAST_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Lehmann',
  'Köhler',
  'Herrmann',
];

/** Reason (what was booked) → problems patients typed in; '' when they typed nothing. */
export type ReasonCatalogue = Record<string, string[]>;

export const GENERAL_REASONS: ReasonCatalogue = {
  Kontrolltermin: ['Bluthochdruck', 'Diabetes Typ 2', 'Schilddrüse', ''],
  Impfung: ['Grippeschutzimpfung', 'Tetanus-Auffrischung', 'COVID-19-Auffrischung'],
  Vorsorgeuntersuchung: ['Check-up 35', 'Hautkrebs-Screening', ''],
  Akutsprechstunde: [
    'Erkältung / grippaler Infekt',
    'Rückenschmerzen',
    'Vertigo / Drehschwindel',
    'Kopfschmerzen',
    'Magen-Darm-Beschwerden',
  ],
  Blutabnahme: ['Laborkontrolle', ''],
  Befundbesprechung: ['Laborwerte', 'Langzeit-EKG', ''],
};

export const PAEDIATRIC_REASONS: ReasonCatalogue = {
  'U-Untersuchung': ['U5', 'U6', 'U7', 'U8', 'U9'],
  Impfung: ['MMR-Impfung', '6-fach-Impfung', 'Grippeschutzimpfung'],
  Akutsprechstunde: ['Fieber', 'Ohrenschmerzen', 'Husten', 'Bauchschmerzen', 'Hautausschlag'],
  Kontrolltermin: ['Nachkontrolle Mittelohrentzündung', 'Wachstumskontrolle', ''],
  'J1-Jugenduntersuchung': [''],
};

/** Names in e-mail addresses, the way people actually write them. */
export function transliterate(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');
}
