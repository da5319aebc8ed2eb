/**
 * A stand-in for the credit bureau a bank asks before it lends money. A real bureau is another
 * service on the network; this one says yes to everyone, after the pause a network call takes.
 *
 * It notes every question in the credit_checks table and fills in the answer when it gives it,
 * so you can watch it work in the SQL console: answered_at stays NULL while a question waits.
 */
import { db } from './db.js';

const ANSWERS_AFTER_MS = 200;

const noteQuestion = db.prepare<[number], { id: number }>('INSERT INTO credit_checks (borrower_id) VALUES (?) RETURNING id');
const noteAnswer = db.prepare<[number]>(
  "UPDATE credit_checks SET answered_at = strftime('%Y-%m-%d %H:%M:%f', 'now'), approved = 1 WHERE id = ?",
);

export async function checkCredit(borrowerId: number): Promise<{ borrowerId: number; approved: boolean }> {
  const { id } = noteQuestion.get(borrowerId)!;
  await new Promise((resolve) => setTimeout(resolve, ANSWERS_AFTER_MS));
  noteAnswer.run(id);
  return { borrowerId, approved: true };
}
