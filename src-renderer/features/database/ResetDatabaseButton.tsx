import { useServices } from '../../app/services.js';
import { ConfirmedResetButton } from './ConfirmedResetButton.js';
import { DATABASE_RESET } from './reset-outcome.js';

/**
 * Re-seeds the lesson's database when test rows pile up, after an inline confirmation. The backend
 * stops the learner's server to do it; the learner's code is untouched.
 */
export function ResetDatabaseButton({ lessonId, onReport }: { lessonId: string; onReport: (line: string) => void }) {
  const { client } = useServices();
  return (
    <ConfirmedResetButton
      label="Reset database"
      title="Put the lesson’s database back to its starting data (your code stays as it is)"
      question="Reset the database to its starting data?"
      confirmLabel="Reset"
      words={DATABASE_RESET}
      reset={() => client.resetDatabase(lessonId)}
      onReport={onReport}
    />
  );
}
