// Loads one meeting's full detail for its page, with the same loading and error states as the
// lists, a retry, and a quiet refresh after an import (what is on screen stays meanwhile).
import type { Result } from '../../shared/contract';
import { useCall } from './use-call';
import type { Loadable } from './use-listing';

export type MeetingDetail = Result<'meetings.get'>;

export function useMeeting(
  id: number,
  refreshKey: number,
): { state: Loadable<MeetingDetail>; reload: () => void } {
  const { state, reload } = useCall('meetings.get', { id }, refreshKey);
  return { state, reload };
}
