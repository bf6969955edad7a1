import { readFile } from 'node:fs/promises';
import { todayInOslo } from '../src/domain/index.ts';
import { expect, test, apiAs, arrangeParticipant, expectAccessible, signIn, users } from './helpers.ts';

test('the statistics reader sees suppressed national figures, charts with tables, a county, CSV and the fact sheet', async ({ page }) => {
  await signIn(page, users.statisticsReader);
  // The statistics reader works with statistics only: no participant or order pages in the menu.
  const nav = page.locator('nav.app-nav');
  await expect(nav.getByRole('link', { name: 'Statistikk' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Mine deltakere' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Statistikk' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Statistikk' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tall for Hele landet' })).toBeVisible();
  await expect(page.getByText('Tall fra 1 til 4 vises som «under 5»')).toBeVisible();
  // Small counts are text, never a number from 1 to 4.
  await expect(page.getByText('under 5').first()).toBeVisible();

  const overview = page.getByRole('region', { name: 'Fra rett til gjennomført veiledning' });
  await expect(overview.getByRole('img', { name: /Stolpediagram: Fra rett til gjennomført veiledning/ })).toBeVisible();
  await overview.getByText('Vis tabell').click();
  const table = overview.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'Deltakere bosatt' })).toBeVisible();
  const participants = await table.getByRole('row', { name: /Deltakere bosatt/ }).getByRole('cell').innerText();
  expect(Number(participants.replace(/\s/g, ''))).toBeGreaterThanOrEqual(5);
  await expectAccessible(page, 'national statistics dashboard');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    overview.getByRole('link', { name: 'Last ned CSV: Fra rett til gjennomført veiledning' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('table,row,unit,value');
  expect(csv).toContain(`overview,participants,count,${participants.replace(/\s/g, '')}`);

  await page.getByLabel('Nivå').selectOption('county');
  await page.getByLabel('Fylke').selectOption({ label: 'Vestland fylkeskommune' });
  await page.getByRole('button', { name: 'Vis tall' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tall for Vestland fylkeskommune' })).toBeVisible();

  await page.getByRole('link', { name: 'Faktaark for fylket' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Faktaark for fylket' })).toBeVisible();
  // The fact sheet counts this year; the demo's sessions are held 3 and 10 days before today, so in the first days of
  // January they are last year's: then that year is the one with figures to show.
  const today = todayInOslo();
  if (today.slice(5) <= '01-10') {
    const lastYear = String(Number(today.slice(0, 4)) - 1);
    await page.getByLabel('År', { exact: true }).selectOption(lastYear);
    await page.getByRole('button', { name: 'Vis tall', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(lastYear) })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Brukere etter alder' })).toBeVisible();
  // Secondary suppression: a breakdown never has exactly one hidden cell, and a hidden cell is a hatched mark with
  // the word "skjult", not a bar of some length (issue 16).
  const ages = page.getByRole('region', { name: 'Brukere etter alder' });
  const hiddenMarks = ages.locator('svg g[data-hidden]');
  expect(await hiddenMarks.count()).not.toBe(1);
  if ((await hiddenMarks.count()) > 0) {
    await expect(hiddenMarks.first().locator('rect')).toHaveAttribute('fill', /^url\(#/);
    await expect(hiddenMarks.first()).toContainText('skjult');
    await expect(ages.getByText(/^Skravert merke: tallet er skjult/)).toBeVisible();
  }
  await expect(page.locator('svg g[data-hidden]').first()).toBeVisible();
  await expectAccessible(page, 'fact sheet');
});

test('the municipality lead sees exact figures for Bergen only', async ({ page }) => {
  await signIn(page, users.bergenLead);
  // The municipality lead may not open the fact sheet: the start page does not promise it.
  const statisticsLink = page.getByRole('link', { name: 'Se statistikk', exact: true });
  await expect(statisticsLink).toBeVisible();
  await expect(page.getByRole('link', { name: 'Se statistikk og faktaark' })).toHaveCount(0);
  await statisticsLink.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tall for Bergen kommune' })).toBeVisible();
  await expect(page.getByText('Dette er din egen organisasjon: alle tall vises.')).toBeVisible();
  await expect(page.getByText('under 5')).toHaveCount(0);
  // A municipality has no other level to choose, and no fact sheet of the county.
  await expect(page.getByLabel('Nivå')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Faktaark for fylket' })).toHaveCount(0);
  const sessions = page.getByRole('region', { name: 'Samtaler og gruppetimer' });
  await sessions.getByText('Vis tabell').click();
  await expect(sessions.getByRole('rowheader', { name: 'Gjennomført' })).toBeVisible();
  await expectAccessible(page, 'municipality statistics dashboard');
});

test('the adviser records gender and country background for the fact sheet in the edit form', async ({ page, playwright, baseURL }) => {
  const arranged = await arrangeParticipant(playwright, baseURL!, { sendOrder: false });
  await signIn(page, users.bergenAdviser);
  await page.goto(`/deltakere/${arranged.participantId}`);
  await page.getByRole('button', { name: 'Endre opplysninger' }).click();
  await expect(page.getByLabel('Kjønn (valgfritt)')).toHaveValue('');
  await page.getByLabel('Kjønn (valgfritt)').selectOption({ label: 'Kvinne' });
  await page.getByLabel('Landbakgrunn (valgfritt)').selectOption({ label: 'Syria' });
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();

  const api = await apiAs(playwright, baseURL!, users.bergenAdviser);
  expect(await api.get(`/participants/${arranged.participantId}`)).toMatchObject({ gender: 'female', countryBackground: 'SY' });
  await api.dispose();
  await page.getByRole('button', { name: 'Endre opplysninger' }).click();
  await expect(page.getByLabel('Landbakgrunn (valgfritt)')).toHaveValue('SY');
  await expectAccessible(page, 'participant edit form with fact-sheet fields');
});
