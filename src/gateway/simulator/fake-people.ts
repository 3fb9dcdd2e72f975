// Invented customers for demo traffic: obviously fictional names, example.com e-mail addresses, phone
// numbers from ranges reserved for drama/testing, and postcodes that cannot exist. Never real data.
import { intBetween, pick, type Random } from './random';

export interface FakeAddress {
  line1: string;
  town: string;
  postcode: string;
}

export interface FakePerson {
  firstName: string;
  lastName: string;
  displayName: string;
  email: string;
  /** E.164: UK +44 7700 900xxx (Ofcom drama range) or US +1 NXX 555-01xx (reserved for fiction). */
  phone: string;
  locale: 'en-GB' | 'en-US';
  address: FakeAddress;
}

const FIRST_NAMES = ['Avery', 'Jordan', 'Priya', 'Mateo', 'Noor', 'Elif', 'Kofi', 'Hana', 'Luca', 'Ines', 'Tomasz', 'Yara', 'Owen', 'Mei'];
const LAST_NAMES = ['Sampleton', 'Testwood', 'Mockford', 'Demoville', 'Fauxley', 'Exampleby', 'Placeholt', 'Fixtureson', 'Stubworth', 'Dummyfield'];
const STREETS = ['Example Street', 'Sample Road', 'Placeholder Lane', 'Fiction Avenue', 'Mockingbird Close', 'Test Crescent'];
const TOWNS = ['Exampleton', 'Sampleford', 'Testbury', 'Demoport', 'Mockhaven'];

/** Postcode area ZZ does not exist in the UK; ZIP 00xxx is unassigned in the US. */
function fakePostcode(random: Random, locale: FakePerson['locale']): string {
  if (locale === 'en-US') return `00${intBetween(random, 100, 999)}`;
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  const letter = (): string => letters.charAt(intBetween(random, 0, letters.length - 1));
  return `ZZ${intBetween(random, 1, 99)} ${intBetween(random, 1, 9)}${letter()}${letter()}`;
}

function fakePhone(random: Random, locale: FakePerson['locale']): string {
  if (locale === 'en-US') return `+1${intBetween(random, 201, 989)}55501${intBetween(random, 0, 9)}${intBetween(random, 0, 9)}`;
  return `+447700900${String(intBetween(random, 0, 999)).padStart(3, '0')}`;
}

export function fakeAddress(random: Random, locale: FakePerson['locale']): FakeAddress {
  return { line1: `${intBetween(random, 1, 240)} ${pick(random, STREETS)}`, town: pick(random, TOWNS), postcode: fakePostcode(random, locale) };
}

export function fakePerson(random: Random): FakePerson {
  const firstName = pick(random, FIRST_NAMES);
  const lastName = pick(random, LAST_NAMES);
  const locale = random() < 0.75 ? 'en-GB' : 'en-US';
  return {
    firstName,
    lastName,
    displayName: `${firstName} ${lastName}`,
    email: `${firstName}.${lastName}${intBetween(random, 1, 99)}@example.com`.toLowerCase(),
    phone: fakePhone(random, locale),
    locale,
    address: fakeAddress(random, locale),
  };
}

/** How a phone number is shown masked by bots that already verified it. */
export function maskPhone(phone: string): string {
  return `${'•'.repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}`;
}
