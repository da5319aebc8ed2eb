/**
 * A stand-in for the credit bureau a bank asks before it lends money. A real bureau is another
 * service on the network; this one says yes to everyone, after the pause a network call takes.
 */
const ANSWERS_AFTER_MS = 200;

export function checkCredit(borrowerId: number): Promise<{ borrowerId: number; approved: boolean }> {
  return new Promise((resolve) => setTimeout(() => resolve({ borrowerId, approved: true }), ANSWERS_AFTER_MS));
}
