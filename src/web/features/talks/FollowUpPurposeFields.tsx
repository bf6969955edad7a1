import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { followUpPurposes } from '../../../domain/index.ts';
import { LimitedTextfield } from '../../components/LimitedTextfield.tsx';
import { textLimits } from '../../../domain/text-limits.ts';

/**
 * The purpose of a follow-up conversation (issue 13 item 5): near the end of the programme, after a change of plan
 * (the two occasions seeds 000 and 001 name), or something else in the adviser's words.
 */
export function FollowUpPurposeFields({ purpose, purposeText, onChange, errors, idOf }: {
  purpose: string;
  purposeText: string;
  onChange: (field: 'purpose' | 'purposeText', value: string) => void;
  errors: { purpose?: string; purposeText?: string };
  idOf: (field: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('talks.followUp.purpose')}</Fieldset.Legend>
        <Fieldset.Description>{t('talks.followUp.purposeHelp')}</Fieldset.Description>
        {followUpPurposes.map((value, index) => (
          <Radio
            key={value}
            id={index === 0 ? idOf('purpose') : undefined}
            name="order-purpose"
            value={value}
            label={t(`talks.purpose.${value}`)}
            checked={purpose === value}
            onChange={() => onChange('purpose', value)}
          />
        ))}
        {errors.purpose ? <ValidationMessage>{errors.purpose}</ValidationMessage> : null}
      </Fieldset>
      <LimitedTextfield
        limit={textLimits.orderPurposeText}
        id={idOf('purposeText')}
        label={purpose === 'other' ? t('talks.followUp.purposeText') : t('talks.followUp.purposeTextOptional')}
        description={t('talks.followUp.purposeTextHelp')}
        value={purposeText}
        onChange={(event) => onChange('purposeText', event.target.value)}
        error={errors.purposeText}
        autoComplete="off"
      />
    </>
  );
}
