import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { readTillCsv, TILL_CSV_MAX_BYTES, type TillCsvResult } from '../../../shared/domain/till-csv';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { commandErrorText } from '../member/command-error';
import { useCommands } from '../member/use-member';
import { problemText } from './problem-text';

type Checked = TillCsvResult | { ok: false; file: 'too-large-unread'; size: number };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What is wrong with a file, in sentences; null when it can be imported. */
function fileProblems(t: TFunction, checked: Checked): { lead: string; lines: string[] } | null {
  if (checked.ok) return null;
  const max = megabytes(TILL_CSV_MAX_BYTES);
  switch (checked.file) {
    case 'too-large-unread':
      return { lead: t('admin.till.csv.tooLarge', { size: megabytes(checked.size), max }), lines: [] };
    case 'too-large':
      return { lead: t('admin.till.csv.tooLarge', { size: max, max }), lines: [] };
    case 'empty':
      return { lead: t('admin.till.csv.empty'), lines: [] };
    case 'no-rows':
      return { lead: t('admin.till.csv.noRows'), lines: [] };
    case 'missing-columns':
      return {
        lead: t('admin.till.csv.missing', {
          columns: checked.missing.map((c) => t(`admin.till.csv.column.${c}`)).join(', '),
        }),
        lines: [],
      };
    case 'bad-rows':
      return {
        lead: t('admin.till.csv.badRows', { count: checked.rows.length }),
        lines: checked.rows.map(({ line, problems }) => {
          const { duplicateOf, ...figures } = problems;
          const reasons = Object.entries(figures).map(
            ([column, problem]) => `${t(`admin.till.csv.column.${column}`)}: ${problemText(t, problem)}`,
          );
          if (duplicateOf !== undefined) reasons.push(t('admin.till.csv.duplicate', { line: duplicateOf }));
          return t('admin.till.csv.line', { line, reasons: reasons.join(' ') });
        }),
      };
  }
}

/** A CSV of till days: checked whole before anything is queued, then all its days in one go. */
export function TillCsvImport({ todayKey }: { todayKey: string }) {
  const { t } = useAdminTranslation();
  const id = useId();
  const commands = useCommands();
  const [reading, setReading] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [outcome, setOutcome] = useState<{ imported: number } | { refused: string } | null>(null);

  const choose = async (file: File | undefined) => {
    setOutcome(null);
    setChecked(null);
    if (!file) return;
    // Told before reading a byte: a 50 MB file must not hold the tablet up.
    if (file.size > TILL_CSV_MAX_BYTES) {
      setChecked({ ok: false, file: 'too-large-unread', size: file.size });
      return;
    }
    setReading(true);
    const bytes = new Uint8Array(await file.arrayBuffer());
    setChecked(readTillCsv(bytes, todayKey));
    setReading(false);
  };

  const importDays = async () => {
    if (!checked?.ok) return;
    const edits = checked.days.map(({ day, fields }) => ({ key: day, edit: fields }));
    const result = await (await commands()).saveFieldRecords('tillDay', edits);
    setOutcome(result.ok ? { imported: edits.length } : { refused: commandErrorText(t, result.error) });
    if (result.ok) setChecked(null);
  };

  const problems = checked && fileProblems(t, checked);
  const days = checked?.ok ? checked.days.map((d) => d.day).sort() : [];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.till.csv.title')}</h2>
      <p className="hint">{t('admin.till.csv.hint')}</p>
      <label className="btn till-file">
        {t('admin.till.csv.choose')}
        <input
          type="file"
          accept=".csv,text/csv"
          className="sr-only"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {reading && <p role="status">{t('admin.till.csv.reading')}</p>}
      {problems && (
        <div role="alert" className="error-text">
          <p>{problems.lead}</p>
          {problems.lines.length > 0 && (
            <ul>
              {problems.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {checked?.ok && (
        <>
          <p role="status">
            {t('admin.till.csv.ready', { count: days.length, from: days[0], to: days.at(-1) })}
          </p>
          <button type="button" className="btn btn-primary" onClick={() => void importDays()}>
            {t('admin.till.csv.import', { count: days.length })}
          </button>
        </>
      )}
      {outcome && 'imported' in outcome && (
        <p role="status">{t('admin.till.csv.imported', { count: outcome.imported })}</p>
      )}
      {outcome && 'refused' in outcome && (
        <p role="alert" className="error-text">
          {outcome.refused}
        </p>
      )}
    </section>
  );
}
