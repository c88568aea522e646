import type { TFunction } from 'i18next';
import type { Household } from './contacts-api.ts';

/** "Kvinne med 2 barn (4, 9 år)": the household a contact described, in a few words. */
export function householdText(t: TFunction, household: Household): string {
  const adult = t(`contacts.form.householdAdults.${household.adultGender}`);
  const ages = household.children.map((c) => c.age);
  return ages.length === 0
    ? t('contacts.log.householdAlone', { adult })
    : t('contacts.log.householdWithChildren', { adult, count: ages.length, ages: ages.join(', ') });
}
