import { count } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { counties, guidanceOrders, orderTransitions, organisations, participants, users } from '../db/schema.ts';
import { hashPassword } from '../auth/passwords.ts';
import { addDays, decisionDeadline, residenceBases, todayInOslo, type OrderStatus } from '../../domain/index.ts';
import type { Role } from '../auth/actor.ts';

export const DEMO_PASSWORD = 'veivalg-demo';

/** True when the database has no users yet: the only time demo data may be loaded. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return row!.n === 0;
}

const givenNames = ['Amina', 'Yonas', 'Olena', 'Mohammed', 'Hawa', 'Dawit', 'Iryna', 'Ahmad', 'Fatima', 'Samir', 'Leyla', 'Tesfay', 'Oksana', 'Abdi', 'Nour', 'Mariam', 'Bohdan', 'Zahra', 'Filmon', 'Halima'];
const familyNames = ['Hassan', 'Tesfamariam', 'Kovalenko', 'Al-Sayed', 'Warsame', 'Gebremedhin', 'Shevchenko', 'Rahimi', 'Yusuf', 'Haddad', 'Mahmoud', 'Bondarenko', 'Osman', 'Haile', 'Karimi'];
const languages = ['ar', 'ti', 'uk', 'so', 'prs', 'ku', 'fa', 'ps'];

// Statuses cycled through so that every order state appears in the demo, with some participants without an order.
const orderPlan: (OrderStatus | null)[] = [null, 'draft', 'sent', 'accepted', 'scheduled', 'completed', 'rejected', 'cancelled', 'sent', null];
const orderPath: Record<OrderStatus, OrderStatus[]> = {
  draft: [], sent: ['sent'], accepted: ['sent', 'accepted'], rejected: ['sent', 'rejected'],
  scheduled: ['sent', 'accepted', 'scheduled'], completed: ['sent', 'accepted', 'scheduled', 'completed'],
  cancelled: ['sent', 'cancelled'],
};

/** Loads demo data into an empty database, never in production. Returns whether it did. */
export async function loadDemoIfEmpty(db: Db, opts: { production: boolean }): Promise<boolean> {
  if (opts.production || !(await isEmpty(db))) return false;
  await seedDemo(db);
  return true;
}

/** Fictional organisations, accounts and participants for trying the app. Never called in production. */
export async function seedDemo(db: Db, opts: { participantsPerMunicipality?: number } = {}): Promise<void> {
  const perMunicipality = opts.participantsPerMunicipality ?? 30;
  const today = todayInOslo();
  const [vestland, buskerud] = await db.insert(counties).values([{ name: 'Vestland fylkeskommune' }, { name: 'Buskerud fylkeskommune' }]).returning();
  const [kv, kb] = await db.insert(organisations).values([
    { kind: 'career-centre', name: 'Karriere Vestland', countyId: vestland!.id },
    { kind: 'career-centre', name: 'Karriere Buskerud', countyId: buskerud!.id },
  ]).returning();
  const [bergen, drammen, voss] = await db.insert(organisations).values([
    { kind: 'municipality', name: 'Bergen kommune', countyId: vestland!.id, servedByCareerCentreId: kv!.id },
    { kind: 'municipality', name: 'Drammen kommune', countyId: buskerud!.id, servedByCareerCentreId: kb!.id },
    { kind: 'municipality', name: 'Voss herad', countyId: vestland!.id, servedByCareerCentreId: kv!.id },
  ]).returning();

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people: { email: string; name: string; role: Role; organisationId: string | null }[] = [
    { email: 'radgiver@bergen.demo', name: 'Ragnhild Rådgiver', role: 'programme-adviser', organisationId: bergen!.id },
    { email: 'leder@bergen.demo', name: 'Lars Leder', role: 'municipality-lead', organisationId: bergen!.id },
    { email: 'radgiver@drammen.demo', name: 'Dina Rådgiver', role: 'programme-adviser', organisationId: drammen!.id },
    { email: 'radgiver@voss.demo', name: 'Vegard Rådgiver', role: 'programme-adviser', organisationId: voss!.id },
    { email: 'veileder@vestland.demo', name: 'Vilde Veileder', role: 'career-counsellor', organisationId: kv!.id },
    { email: 'veileder2@vestland.demo', name: 'Viktor Veileder', role: 'career-counsellor', organisationId: kv!.id },
    { email: 'leder@vestland.demo', name: 'Liv Leder', role: 'career-centre-lead', organisationId: kv!.id },
    { email: 'veileder@buskerud.demo', name: 'Berit Veileder', role: 'career-counsellor', organisationId: kb!.id },
    { email: 'admin@veivalg.demo', name: 'Ada Administrator', role: 'administrator', organisationId: null },
    { email: 'statistikk@veivalg.demo', name: 'Stian Statistikk', role: 'statistics-reader', organisationId: null },
    { email: 'redaktor@veivalg.demo', name: 'Randi Redaktør', role: 'content-editor', organisationId: null },
  ];
  const created = await db.insert(users).values(people.map((p) => ({ ...p, passwordHash }))).returning();
  const byEmail = (e: string) => created.find((u) => u.email === e)!;

  const municipalities = [
    { org: bergen!, centre: kv!, adviser: byEmail('radgiver@bergen.demo'), counsellor: byEmail('veileder@vestland.demo') },
    { org: drammen!, centre: kb!, adviser: byEmail('radgiver@drammen.demo'), counsellor: byEmail('veileder@buskerud.demo') },
    { org: voss!, centre: kv!, adviser: byEmail('radgiver@voss.demo'), counsellor: byEmail('veileder2@vestland.demo') },
  ];
  let n = 0;
  for (const m of municipalities) {
    const count = m.org.id === voss!.id ? Math.ceil(perMunicipality / 3) : perMunicipality;
    for (let i = 0; i < count; i++, n++) {
      // Settled between about four months ago and last week, so deadlines fall on every side of today.
      const settlementDate = addDays(today, -((n * 37) % 125) - 5);
      const programmeRequestDate = n % 11 === 0 ? addDays(settlementDate, 20) : null;
      const residenceBasis = residenceBases[n % 7 === 0 ? 2 : n % 13 === 0 ? 3 : n % 2]!;
      const birthYear = Number(today.slice(0, 4)) - 19 - ((n * 7) % 40);
      const status = orderPlan[n % orderPlan.length]!;
      const [p] = await db.insert(participants).values({
        municipalityId: m.org.id,
        givenName: givenNames[n % givenNames.length]!,
        familyName: familyNames[(n * 3) % familyNames.length]!,
        birthDate: `${birthYear}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
        preferredLanguage: languages[n % languages.length]!,
        interpreterLanguage: n % 4 === 0 ? null : languages[n % languages.length]!,
        residenceBasis,
        settlementDate,
        programmeRequestDate,
        decisionDeadline: decisionDeadline({ settlementDate, programmeRequestDate }).date,
        guidanceHeldOn: status === 'completed' ? addDays(today, -3) : null,
        guidancePostponed: status === null && n % 20 === 0,
        createdBy: m.adviser.id,
      }).returning();
      if (!status) continue;
      const [o] = await db.insert(guidanceOrders).values({
        participantId: p!.id, municipalityId: m.org.id, careerCentreId: m.centre.id, status,
        format: residenceBasis === 'collective-protection' ? 'group' : 'individual',
        language: p!.preferredLanguage, interpreterLanguage: p!.interpreterLanguage,
        mode: n % 3 === 0 ? 'digital' : 'in-person',
        message: n % 2 ? 'Deltakeren ønsker veiledning om utdanning. Kartleggingen er oppdatert.' : '',
        assignedCounsellorId: ['accepted', 'scheduled', 'completed'].includes(status) ? m.counsellor.id : null,
        rejectionReason: status === 'rejected' ? 'Deltakeren er allerede veiledet ved et annet karrieresenter.' : null,
        cancellationReason: status === 'cancelled' ? 'Deltakeren har flyttet til en annen kommune.' : null,
        decisionDeadline: p!.decisionDeadline,
        version: orderPath[status].length + 1,
        createdBy: m.adviser.id,
      }).returning();
      let from: OrderStatus = 'draft';
      for (const to of orderPath[status]) {
        const by = to === 'sent' || to === 'cancelled' ? m.adviser.id : m.counsellor.id;
        await db.insert(orderTransitions).values({
          orderId: o!.id, fromStatus: from, toStatus: to, byUserId: by,
          reason: to === 'rejected' ? o!.rejectionReason : to === 'cancelled' ? o!.cancellationReason : null,
        });
        from = to;
      }
    }
  }
}
