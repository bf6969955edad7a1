import { addDays, todayInOslo } from '../src/domain/index.ts';
import { expect, test, apiAs, arrangeParticipant, expectAccessible, signIn, signOut, typed, uniqueName, users } from './helpers.ts';

test('the centre creates a group session; the adviser registers participants until it is full', async ({ page, playwright, baseURL }) => {
  const first = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  const title = uniqueName('Webinar ');

  await signIn(page, users.counsellor);
  await page.getByRole('link', { name: 'Gruppetimer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gruppetimer' })).toBeVisible();
  await page.getByRole('button', { name: 'Ny gruppetime' }).click();
  const form = page.getByRole('region', { name: 'Ny gruppetime' });
  await form.getByRole('button', { name: 'Opprett gruppetimen' }).click();
  await expect(page.getByRole('group', { name: /rette opp/ })).toBeVisible();
  await expectAccessible(page, 'group form with errors');
  await form.getByLabel('Tittel').fill(title);
  await form.getByLabel('Språk').selectOption({ label: 'arabisk' });
  await form.getByLabel('Sted').fill('Karriere Vestland, kurssal');
  await form.getByLabel('Dato').fill(typed(addDays(todayInOslo(), 10)));
  await form.getByLabel('Klokkeslett').fill('10:00');
  await form.getByLabel('Plasser').fill('1');
  await form.getByRole('button', { name: 'Opprett gruppetimen' }).click();
  await expect(page.getByText('Gruppetimen er opprettet.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('1 ledig plass');
  await expectAccessible(page, 'group sessions (centre)');
  await signOut(page);

  await signIn(page, users.bergenAdviser);
  await page.goto('/gruppetimer');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(page, 'group session (adviser)');
  await page.getByLabel('Deltaker', { exact: true }).selectOption({ label: first.name });
  await page.getByRole('button', { name: 'Meld på', exact: true }).click();
  await expect(page.getByText(`${first.name} er meldt på.`)).toBeVisible();
  await expect(page.getByText('Fullt', { exact: true })).toBeVisible();
  await expect(page.getByText('Gruppetimen er full.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Meld på', exact: true })).toBeDisabled();
  await expectAccessible(page, 'group session full');

  // Withdrawing frees the seat again (after confirming).
  await page.getByRole('button', { name: /^Meld av/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Meld av' }).click();
  await expect(page.getByText('1 ledig plass')).toBeVisible();
});

test('the centre records attendance once the group session has started', async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: true });
  const counsellor = await apiAs(playwright, baseURL!, users.counsellor);
  // Registration closes when the session starts and attendance opens then. Rather than racing the clock (a start a few
  // seconds ahead fails on a busy machine), the session is planned for tomorrow, the participant registered, and the
  // counsellor then moves the start to 20 minutes ago, as when correcting the time of a session already held.
  const group = await counsellor.post('/group-sessions', {
    title: uniqueName('Gruppe '), language: 'ar', mode: 'in-person', place: 'Rom 1',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 15, capacity: 5,
  });
  const adviser = await apiAs(playwright, baseURL!, users.bergenAdviser);
  await adviser.post(`/group-sessions/${group.id}/registrations`, { participantId: arranged.participantId });
  await adviser.dispose();
  const current = await counsellor.get(`/group-sessions/${group.id}`);
  await counsellor.patch(`/group-sessions/${group.id}`, { startsAt: new Date(Date.now() - 20 * 60_000).toISOString(), version: current.version });
  await counsellor.dispose();

  await signIn(page, users.counsellor);
  await page.goto(`/gruppetimer/${group.id}`);
  await page.getByRole('button', { name: 'Lagre oppmøtet' }).click();
  await expect(page.getByRole('alert')).toContainText(`Registrer oppmøte for: ${arranged.name}`);
  await page.getByRole('group', { name: `Oppmøte for ${arranged.name}` }).getByLabel('Møtte', { exact: true }).check();
  await expectAccessible(page, 'attendance form');
  await page.getByRole('button', { name: 'Lagre oppmøtet' }).click();
  await expect(page.getByText('Oppmøtet er lagret.')).toBeVisible();
  await expect(page.locator('[data-registration]').getByText('Møtte', { exact: true })).toBeVisible();
});
