// Issue 18, item 4: information films and brochures (src/content/materials), links to the publishers' own pages.
// The participant's page in Ukrainian shows the topic's film with its subtitles and a link whose name says it opens
// another website; an offer's page on the map lists its material in Norwegian and in Ukrainian; axe on both, 360 px.
import type { Page } from '@playwright/test';
import materialsFile from '../src/content/materials/materials.json' with { type: 'json' };
import { apiAs, arrangeParticipant, expect, expectAccessible, test, users } from './helpers.ts';

const byId = (id: string) => materialsFile.materials.find((m) => m.id === id)!;
const film = byId('imdi-film-kompetansekartlegging');
const counsellorFilms = byId('imdi-hkdir-filmer-godkjenning');
const ukrainePage = byId('hkdir-utdanning-fra-ukraina');

async function arrangeLink(playwright: Parameters<typeof apiAs>[0], baseURL: string, language: string) {
  const arranged = await arrangeParticipant(playwright, baseURL, { sendOrder: true });
  const adviser = await apiAs(playwright, baseURL, users.bergenAdviser);
  const made = await adviser.post(`/participants/${arranged.participantId}/page-links`, { language, background: 'primary' });
  await adviser.dispose();
  return new URL(made.url).pathname;
}

/** Nothing wider than the screen and no sideways scroll. */
async function expectFits(page: Page, label: string) {
  const outside = await page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    const found = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.left < -1 || box.right > screen + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`);
    return { found: found.slice(0, 5), scroll: document.documentElement.scrollWidth - screen };
  });
  expect(outside, label).toEqual({ found: [], scroll: 0 });
}

test('the participant page in Ukrainian shows the topic’s film with its subtitles and a link that says it leaves, at 360 px', async ({ page, playwright, baseURL }) => {
  const url = await arrangeLink(playwright, baseURL!, 'uk');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${url}?lang=uk`);

  const materials = page.locator('[data-testid="materials"][data-topic="what-is-guidance"]');
  await expect(materials.getByRole('heading', { level: 4 })).toHaveText('Фільми та інші матеріали');
  const item = materials.locator(`[data-material="${film.id}"]`);
  const link = item.getByRole('link', { name: `${film.title.text} (відкриває інший вебсайт у новій вкладці)` });
  await expect(link).toHaveAttribute('href', film.url);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // The title stays in its own language (Norwegian), marked so a screen reader reads it as Norwegian.
  await expect(link.locator('span[lang="nb"]')).toHaveText(film.title.text);
  // Kind, language and subtitles in Ukrainian; the publisher's Norwegian name marked lang="nb".
  await expect(item).toContainText('Фільм');
  await expect(item).toContainText('Мова: ');
  await expect(item).toContainText('Субтитри: не вказано');
  await expect(item.locator('span[lang="nb"]', { hasText: film.publisher })).toBeVisible();
  await expect(item).toContainText('Посилання перевірено');
  // Material written for counsellors stays off the participant's page.
  await expect(page.locator(`[data-material="${counsellorFilms.id}"]`)).toHaveCount(0);
  // The recognition topic lists HK-dir's page on education from Ukraine.
  await expect(page.locator(`[data-testid="materials"][data-topic="recognition"] [data-material="${ukrainePage.id}"]`)).toBeVisible();

  await expectFits(page, 'participant page in Ukrainian at 360 px');
  await expectAccessible(page, 'participant page with materials in Ukrainian at 360 px');
});

test('an offer on the map lists its films and pages, in Norwegian and in Ukrainian', async ({ page }) => {
  await page.goto('/kart/tilbud/godkjenning-utdanning');
  const section = page.getByRole('region', { name: 'Filmer og annet å lese' });
  await expect(section).toBeVisible();
  const films = section.locator(`[data-material="${counsellorFilms.id}"]`);
  await expect(films).toContainText('4–6 minutter');
  await expect(films).toContainText('For veiledere');
  await expect(films).toContainText('Teksting ikke oppgitt');
  await expect(films).toContainText(counsellorFilms.publisher);
  const link = films.getByRole('link', { name: new RegExp(counsellorFilms.title.text) });
  await expect(link).toHaveAttribute('href', counsellorFilms.url);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(section.locator(`[data-material="${ukrainePage.id}"]`)).toBeVisible();
  await expectAccessible(page, 'offer page with materials');

  await page.getByLabel('Språk på kartet').selectOption('uk');
  const ukSection = page.getByRole('region', { name: 'Фільми та інші матеріали' });
  await expect(ukSection.locator(`[data-material="${counsellorFilms.id}"]`)).toContainText('4–6 хв');
  await expect(ukSection.locator(`[data-material="${counsellorFilms.id}"]`)).toContainText('Для консультантів');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectFits(page, 'offer page in Ukrainian at 360 px');
  await expectAccessible(page, 'offer page with materials in Ukrainian at 360 px');
});
