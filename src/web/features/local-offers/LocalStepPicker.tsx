import { Button, Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField.tsx';
import { useMe } from '../../session.ts';
import { LOCAL_PREFIX, localOffersForQuery, municipalitiesQuery, type PublicLocalOffer } from './localOfferData.ts';

/**
 * Adds a local offer as a plan step (issue 18, item 2), stored as `local:<uuid>` like a national offer id. The
 * municipality starts as the user's own when they work in one; a counsellor chooses the participant's.
 */
export function LocalStepPicker({ onAdd, disabled }: { onAdd: (offerId: string, offer: PublicLocalOffer) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const municipalities = useQuery(municipalitiesQuery());
  const [municipality, setMunicipality] = useState(me.organisation?.kind === 'municipality' ? me.organisation.id : '');
  const local = useQuery({ ...localOffersForQuery(municipality), enabled: municipality !== '' });
  const [chosen, setChosen] = useState('');
  const offers = local.data ?? [];
  const add = () => {
    const offer = offers.find((o) => o.id === chosen);
    if (!offer) return;
    onAdd(`${LOCAL_PREFIX}${offer.id}`, offer);
    setChosen('');
  };
  return (
    <div className="stack">
      <Heading level={3} data-size="2xs">{t('localOffers.step.add')}</Heading>
      <div className="form-row">
        <SelectField label={t('localOffers.map.municipality')} value={municipality} onChange={(e) => { setMunicipality(e.target.value); setChosen(''); }}>
          <option value="">{t('localOffers.map.none')}</option>
          {(municipalities.data ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
        <SelectField label={t('localOffers.step.choose')} value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={offers.length === 0}>
          <option value="">{municipality && local.isSuccess && offers.length === 0 ? t('localOffers.step.none') : t('journeys.builder.chooseOffer')}</option>
          {offers.map((o) => <option key={o.id} value={o.id}>{o.title} ({o.provider})</option>)}
        </SelectField>
        <Button data-size="sm" onClick={add} disabled={!chosen || disabled}>{t('localOffers.step.add')}</Button>
      </div>
    </div>
  );
}
