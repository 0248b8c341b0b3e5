import { Link } from 'react-router';
import { hasRole } from '../../../shared/domain/permissions';
import { useTasksTranslation } from '../../i18n/tasks-messages';
import { useCurrentStaff } from '../../state/current-staff';
import { TodayTasks } from './today-tasks';

/** The signed-in staff member's tasks for today; managers also reach the message templates. */
export default function TasksPage() {
  const { t } = useTasksTranslation();
  const staff = useCurrentStaff();
  if (!staff) return null;
  return (
    <>
      {hasRole(staff.role, 'manager') && (
        <p>
          <Link className="btn" to="/tasks/templates">
            {t('tasks.templates.link')}
          </Link>
        </p>
      )}
      <TodayTasks staffId={staff.id} />
    </>
  );
}
