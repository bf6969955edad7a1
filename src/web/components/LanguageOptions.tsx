import { Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { languageCodes } from '../languages.ts';

/** <option>s for a language <select>; keeps a stored code that is not in our list so it is never lost. */
export function LanguageOptions({ current }: { current?: string | null }) {
  const { t } = useTranslation();
  const codes: string[] = [...languageCodes];
  if (current && !codes.includes(current)) codes.push(current);
  return (
    <>
      {codes.map((code) => (
        <Select.Option key={code} value={code}>
          {t(`languages.${code}`, { defaultValue: code })}
        </Select.Option>
      ))}
    </>
  );
}

export function useLanguageName() {
  const { t } = useTranslation();
  return (code: string | null | undefined) => (code ? t(`languages.${code}`, { defaultValue: code }) : '');
}
