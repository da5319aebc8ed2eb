/** What the last action did to the lesson database, following live events (see change-set.ts). */
import { useCallback, useState } from 'react';
import { useServerEvents } from '../../app/hooks.js';
import { changeSetAfter, type ChangeSet } from './change-set.js';

export function useChangeSet(lessonId: string): { changeSet: ChangeSet | undefined; dismiss: () => void } {
  const [changeSet, setChangeSet] = useState<ChangeSet | undefined>(undefined);
  useServerEvents((event) => setChangeSet((current) => changeSetAfter(current, event, lessonId)));
  return { changeSet, dismiss: useCallback(() => setChangeSet(undefined), []) };
}
