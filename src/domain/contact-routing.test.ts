import { describe, expect, it } from 'vitest';
import { contactsOn, routeOrder, type ContactPeriod } from './contact-routing.ts';

const periods: ContactPeriod[] = [
  { userId: 'anna', kind: 'contact', validFrom: '2026-01-01', validTo: '2026-06-30' },
  { userId: 'berit', kind: 'contact', validFrom: '2026-07-01', validTo: null },
  { userId: 'dag', kind: 'deputy', validFrom: '2026-01-01', validTo: null },
  { userId: 'eva', kind: 'deputy', validFrom: '2026-03-01', validTo: '2026-03-31' },
];

describe('contact routing', () => {
  it('goes to the contact of the day, following a planned change', () => {
    expect(routeOrder(periods, [], '2026-02-01')).toEqual({ userId: 'anna', as: 'contact' });
    expect(routeOrder(periods, [], '2026-07-01')).toEqual({ userId: 'berit', as: 'contact' });
  });
  it('goes to the first deputy present while the contact is away, and to nobody when all are away', () => {
    const away = [{ userId: 'anna', from: '2026-03-10', to: '2026-03-20' }];
    expect(routeOrder(periods, away, '2026-03-10')).toEqual({ userId: 'eva', as: 'deputy' });
    expect(routeOrder(periods, [...away, { userId: 'eva', from: '2026-03-01', to: '2026-03-31' }], '2026-03-15')).toEqual({ userId: 'dag', as: 'deputy' });
    expect(routeOrder(periods, [...away, { userId: 'eva', from: '2026-03-01', to: '2026-03-31' }, { userId: 'dag', from: '2026-03-15', to: '2026-03-15' }], '2026-03-15')).toBeNull();
    expect(routeOrder(periods, away, '2026-03-21')).toEqual({ userId: 'anna', as: 'contact' });
  });
  it('lists the deputies in force and no contact before the first period', () => {
    expect(contactsOn(periods, '2025-12-31')).toEqual({ contact: null, deputies: [] });
    expect(contactsOn(periods, '2026-03-05').deputies.map((d) => d.userId).sort()).toEqual(['dag', 'eva']);
    expect(routeOrder(periods.filter((p) => p.kind === 'deputy'), [], '2026-01-05')).toEqual({ userId: 'dag', as: 'deputy' });
  });
});
