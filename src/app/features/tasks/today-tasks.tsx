import { useId } from 'react';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import { todayOf } from '../../../shared/domain/calendar-day';
import { useTasksTranslation } from '../../i18n/tasks-messages';
import { useSession } from '../../state/session.state';
import { useStaffRoster } from '../lock/queries';
import { useFieldRecords } from '../records/use-field-records';
import { useStoreClock } from '../recognise/use-store-clock';
import { TaskCard } from './task-card';
import { useTodayTasks } from './use-today-tasks';
import './tasks.css';

/**
 * An associate's tasks for today, overdue first: self-contained, so any page (her client book,
 * the tasks page) shows it with her staff id. Messages are signed with her name and the store's.
 */
export function TodayTasks({ staffId }: { staffId: StaffId }) {
  const { t } = useTasksTranslation();
  const id = useId();
  const today = useTodayTasks(staffId);
  const templates = useFieldRecords('messageTemplate');
  const store = useSession((s) => s.enrolment?.store.name ?? '');
  const roster = useStaffRoster();
  const clock = useStoreClock();
  const associate = roster?.staff.find((s) => s.id === staffId)?.name ?? '';
  const ready = today !== undefined && templates !== undefined;
  return (
    <section className="today-tasks" aria-labelledby={`${id}-title`} aria-busy={!ready}>
      <h2 id={`${id}-title`}>
        {t('tasks.title')}
        {ready && <span className="task-count">{t('tasks.count', { count: today.tasks.length })}</span>}
      </h2>
      {!ready && <p className="hint">{t('tasks.loading')}</p>}
      {ready && today.tasks.length === 0 && <p className="hint">{t('tasks.none')}</p>}
      {ready && (
        <ul className="task-list">
          {today.tasks.flatMap((task) => {
            const member = today.members.get(task.memberId);
            return member
              ? [
                  <li key={task.id}>
                    <TaskCard
                      task={task}
                      member={member}
                      staffId={staffId}
                      store={store}
                      associate={associate}
                      today={todayOf(clock)}
                      weeklyCap={today.weeklyCap}
                      templates={templates}
                    />
                  </li>,
                ]
              : [];
          })}
        </ul>
      )}
    </section>
  );
}
