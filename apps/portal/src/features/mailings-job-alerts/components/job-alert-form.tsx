import { Button, Checkbox, Group, Radio, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { JOB_ALERT_EMPLOYMENT_TYPES, JOB_ALERT_FREQUENCIES, type JobAlert, type JobAlertEmploymentType, type JobAlertFrequency, type JobAlertInput } from '../api/types';

interface Props {
  initial?: JobAlert;
  pending: boolean;
  error: unknown;
  onSave: (input: JobAlertInput) => void;
  onCancel: () => void;
}

/** Create or edit one job alert: keywords, functions, skills, locations, employment types and how often. */
export function JobAlertForm({ initial, pending, error, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [keywords, setKeywords] = useState(initial?.keywords ?? '');
  const [functions, setFunctions] = useState<string[]>(initial?.functions ?? []);
  const [skills, setSkills] = useState<string[]>(initial?.skills ?? []);
  const [locations, setLocations] = useState<string[]>(initial?.locations ?? []);
  const [employmentTypes, setEmploymentTypes] = useState<JobAlertEmploymentType[]>(initial?.employmentTypes ?? []);
  const [frequency, setFrequency] = useState<JobAlertFrequency>(initial?.frequency ?? 'daily');

  return (
    <form
      noValidate
      aria-label={t(initial ? 'mailingsJobAlerts.form.editLabel' : 'mailingsJobAlerts.form.newLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ keywords, functions, skills, locations, employmentTypes, frequency });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('mailingsJobAlerts.form.keywords')}
          description={t('mailingsJobAlerts.form.keywordsHelp')}
          value={keywords}
          maxLength={200}
          onChange={(event) => setKeywords(event.currentTarget.value)}
        />
        <TagsInput label={t('mailingsJobAlerts.form.functions')} description={t('mailingsJobAlerts.form.listHelp')} value={functions} onChange={setFunctions} maxTags={20} />
        <TagsInput label={t('mailingsJobAlerts.form.skills')} description={t('mailingsJobAlerts.form.listHelp')} value={skills} onChange={setSkills} maxTags={30} />
        <TagsInput label={t('mailingsJobAlerts.form.locations')} description={t('mailingsJobAlerts.form.listHelp')} value={locations} onChange={setLocations} maxTags={20} />
        <Checkbox.Group
          label={t('mailingsJobAlerts.form.employmentTypes')}
          description={t('mailingsJobAlerts.form.employmentTypesHelp')}
          value={employmentTypes}
          onChange={(value) => setEmploymentTypes(value as JobAlertEmploymentType[])}
        >
          <Group gap="md" mt="xs">
            {JOB_ALERT_EMPLOYMENT_TYPES.map((type) => (
              <Checkbox key={type} value={type} label={t(`mailingsJobAlerts.employmentTypes.${type}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Radio.Group label={t('mailingsJobAlerts.form.frequency')} value={frequency} onChange={(value) => setFrequency(value as JobAlertFrequency)}>
          <Stack gap="xs" mt="xs">
            {JOB_ALERT_FREQUENCIES.map((f) => (
              <Radio key={f} value={f} label={t(`mailingsJobAlerts.frequencies.${f}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <FormAlert error={error} />
        <Group>
          <Button type="submit" loading={pending}>
            {t('mailingsJobAlerts.form.save')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('mailingsJobAlerts.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
