import { useAdminTranslation } from '../../i18n/admin-messages';
import { ChooseFile } from './choose-file';
import { ImportJobView } from './import-job-view';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { useImportFlow, type ImportStep } from './use-import-flow';

const STEPS = ['choose', 'mapping', 'preview', 'run'] as const;
const STEP_OF: Record<ImportStep['kind'], (typeof STEPS)[number]> = {
  choose: 'choose',
  mapping: 'mapping',
  preview: 'preview',
  job: 'run',
};

/** Where she is among the four steps, then the step itself. */
export function ImportSteps() {
  const { t } = useAdminTranslation();
  const flow = useImportFlow();
  const { step } = flow;
  return (
    <>
      <ol className="import-steps">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={STEP_OF[step.kind] === s ? 'step' : undefined}>
            <span className="import-step-number">{i + 1}</span> {t(`admin.import.steps.${s}`)}
          </li>
        ))}
      </ol>
      {step.kind === 'choose' && <ChooseFile flow={flow} />}
      {step.kind === 'mapping' && <MappingStep flow={flow} upload={step.upload} />}
      {step.kind === 'preview' && <PreviewStep flow={flow} upload={step.upload} preview={step.preview} />}
      {step.kind === 'job' && <ImportJobView flow={flow} upload={step.upload} job={step.job} />}
    </>
  );
}
