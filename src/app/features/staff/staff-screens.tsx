import { useCurrentStaff } from '../../state/current-staff';
import { DeviceList } from './device-list';
import { EnrolCodeCard } from './enrol-code-card';
import { PosKeyCard } from './pos-key-card';
import { StaffList } from './staff-list';
import { TabletAddressCard } from './tablet-address-card';

/** What a manager sees (a new tablet first connects, then enrols), and below it what only the owner may do with the store's tablets. */
export function StaffScreens() {
  const me = useCurrentStaff();
  if (!me) return null;
  return (
    <>
      <StaffList me={me} />
      <TabletAddressCard />
      <EnrolCodeCard />
      {me.role === 'owner' && <DeviceList />}
      {me.role === 'owner' && <PosKeyCard />}
    </>
  );
}
