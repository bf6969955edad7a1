import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** One button that offers the other language, named in that language (as GOV.UK and NAV do). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nb' : 'en';
  return (
    <Button
      variant="tertiary"
      data-size="sm"
      lang={other}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('language.name', { lng: other })}
    </Button>
  );
}
