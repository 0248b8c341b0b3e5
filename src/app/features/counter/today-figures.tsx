import { useCounterTranslation } from '../../i18n/counter-messages';
import { FigureTile } from './figure-tile';
import { count, decimal, percent, yuan } from './format';
import { ProgressWords } from './progress-words';
import type { TodayView } from './use-today';

/** The day's big numbers: each against its target where one is set, with what it can show before the till's figures are in. */
export function TodayFigures({ view }: { view: TodayView }) {
  const { t, i18n } = useCounterTranslation();
  const lang = i18n.language;
  const { figures, counting } = view;
  const money = (fen: number) => yuan(fen, lang);
  const whole = (n: number) => count(n, lang);
  // Until the members' events are read, their figures say so instead of showing 0.
  const members = (shown: string) => (counting ? t('counter.figure.counting') : shown);
  const anyTarget = [figures.vipSales, figures.newCards, figures.vipVisits, figures.followUps.progress].some(
    (p) => p.target !== null,
  );
  return (
    <>
      {figures.till === null && (
        <p className="counter-note" role="note">
          {t('counter.tillMissing')}
        </p>
      )}
      {!anyTarget && figures.vipShareTarget === null && (
        <p className="counter-note">{t('counter.noTargets')}</p>
      )}
      {view.rosterLoading && <p className="counter-note">{t('counter.rosterLoading')}</p>}
      <div className="counter-grid">
        <FigureTile label={t('counter.figure.vipSales')} value={members(money(figures.vip.salesFen))}>
          <ProgressWords
            label={t('counter.figure.vipSales')}
            progress={figures.vipSales}
            show={money}
            counting={counting}
          />
        </FigureTile>
        <FigureTile
          label={t('counter.figure.vipShare')}
          value={
            figures.vipShare === null
              ? t('counter.figure.vipShareWaiting')
              : members(percent(figures.vipShare, lang))
          }
        >
          {figures.till && (
            <p className="counter-sub">
              {t('counter.figure.vipShareOf', { till: money(figures.till.salesFen) })}
            </p>
          )}
          {figures.vipShareTarget !== null && (
            <p className="counter-sub">
              {t('counter.figure.shareTarget', { percent: percent(figures.vipShareTarget, lang) })}
            </p>
          )}
        </FigureTile>
        <FigureTile label={t('counter.figure.newCards')} value={members(whole(figures.newCards.actual))}>
          <ProgressWords
            label={t('counter.figure.newCards')}
            progress={figures.newCards}
            show={whole}
            counting={counting}
          />
        </FigureTile>
        <FigureTile label={t('counter.figure.vipVisits')} value={members(whole(figures.vipVisits.actual))}>
          <ProgressWords
            label={t('counter.figure.vipVisits')}
            progress={figures.vipVisits}
            show={whole}
            counting={counting}
          />
        </FigureTile>
        <FigureTile
          label={t('counter.figure.averageTicket')}
          value={members(money(figures.vip.averageTicketFen))}
        >
          {!counting && (
            <p className="counter-sub">{t('counter.figure.tickets', { count: figures.vip.tickets })}</p>
          )}
        </FigureTile>
        <FigureTile
          label={t('counter.figure.attachRate')}
          value={members(decimal(figures.vip.attachRate, lang))}
        >
          {!counting && (
            <p className="counter-sub">
              {t('counter.figure.perTicket', { count: decimal(figures.vip.attachRate, lang) })}
            </p>
          )}
        </FigureTile>
        <FigureTile label={t('counter.figure.followUps')} value={members(whole(figures.followUps.done))}>
          <ProgressWords
            label={t('counter.figure.followUps')}
            progress={figures.followUps.progress}
            show={whole}
            counting={counting}
          />
          {!counting && (
            <p className="counter-sub">
              {t('counter.figure.followUpsDue', {
                due: figures.followUps.dueToday,
                overdue: figures.followUps.overdue,
              })}
            </p>
          )}
        </FigureTile>
        <FigureTile label={t('counter.figure.birthdays')} value={whole(view.birthdays.length)} />
        <FigureTile label={t('counter.figure.cameBack')} value={members(whole(figures.cameBack.length))} />
      </div>
    </>
  );
}
