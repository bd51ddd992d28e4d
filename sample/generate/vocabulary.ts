// Names and places of the fictional Eksempel kommune. Person names are random pairings of common names, firms are invented.
import type { Random } from './random.js';

export const MUNICIPALITY_NAME = 'Eksempel kommune';
export const MUNICIPALITY_NUMBER = '9999';

const FIRST_NAMES = [
  'Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Hilde', 'Nora', 'Emma', 'Sara', 'Ida', 'Maja',
  'Silje', 'Ragnhild', 'Tone', 'Solveig', 'Randi', 'Jan', 'Per', 'Bjørn', 'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Svein',
  'Hans', 'Geir', 'Tor', 'Terje', 'Morten', 'Jonas', 'Emil', 'Henrik', 'Sindre', 'Magnus', 'Øyvind', 'Håkon', 'Aslak', 'Ánde',
];
const LAST_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen',
  'Haugen', 'Berg', 'Bakken', 'Dahl', 'Lund', 'Moen', 'Strand', 'Solberg', 'Eide', 'Aasen', 'Lie', 'Sæther', 'Rønning',
  'Bråten', 'Myhre', 'Fjeld', 'Holm', 'Nygård', 'Vik', 'Brekke', 'Tveit', 'Østby', 'Lien', 'Sletten', 'Grønli', 'Eriksen',
];
export const PARTIES = ['Ap', 'H', 'Sp', 'FrP', 'SV', 'KrF', 'V', 'MDG', 'R'];

export const FIRMS = [
  'Nordbygg AS', 'Fjordtre Entreprenør AS', 'Arkitektkontoret Lysthus AS', 'Eksempel Rør og Varme AS', 'Bakkemo Maskin AS',
  'Solvang Eiendom AS', 'Tindeform Arkitekter AS', 'Kvernhuset Bygg AS', 'Havbris Rådgivning AS', 'Grønnvei Anlegg AS',
  'Byggmester Holm & Sønn AS', 'Elvebredden Utvikling AS', 'Lyngmo Elektro AS', 'Skogly Takst AS', 'Ryggen Landmåling AS',
  'Vestmo Transport AS', 'Bryggeporten Eiendom AS', 'Norrøn Prosjekt AS',
];

/** Cafés, restaurants and shops that apply for serving and alcohol licences. */
export const HOSPITALITY = [
  'Kaikanten Kafé AS', 'Fjellstua Drift AS', 'Torgkroa AS', 'Sjøbua Restaurant AS', 'Bryggeporten Mat og Vinhus AS',
  'Eksempel Kolonial AS', 'Kvernhuset Pub AS',
];

export const PUBLIC_BODIES = [
  'Statsforvalteren i Eksempel', 'Statens vegvesen', 'Eksempel fylkeskommune', 'Arbeidstilsynet', 'Mattilsynet', 'Husbanken',
  'NAV Eksempel', 'Kartverket', 'Direktoratet for byggkvalitet', 'Helsetilsynet', 'Eksempel brann og redning IKS',
  'Eksempel revisjon IKS', 'KS', 'Norges vassdrags- og energidirektorat', 'Riksantikvaren', 'Utdanningsdirektoratet',
];

export const STREETS = [
  'Storgata', 'Kirkeveien', 'Skolegata', 'Fjordveien', 'Bjørkeveien', 'Granlia', 'Solbakken', 'Industriveien', 'Havnegata',
  'Elvegata', 'Lundeveien', 'Stasjonsveien', 'Myrveien', 'Åsveien', 'Furutoppen', 'Prestegårdsveien', 'Sjøgata', 'Mølleveien',
  'Lyngheia', 'Rognstien', 'Nedre Bakke', 'Øvre Torget', 'Kjerraten', 'Sagbruksveien',
];

export const PLACES = [
  'Nordre Heia', 'Sentrum øst', 'Storhaugen', 'Bryggekvartalet', 'Lundemoen', 'Elvebakken', 'Fjordparken',
  'Sørmarka', 'Kvernhusjordet', 'Stasjonsområdet', 'Vestre Åsen', 'Tangen næringsområde',
];

export const SCHOOLS = ['Sentrum skole', 'Åsen skole', 'Fjordbyen ungdomsskole', 'Lundemoen skole', 'Sørmarka oppvekstsenter'];
export const KINDERGARTENS = ['Solsikken barnehage', 'Trollskogen barnehage', 'Fjordbyen barnehage', 'Eventyrhagen barnehage'];

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

export function address(random: Random): string {
  return `${random.pick(STREETS)} ${random.int(1, 60)}`;
}
