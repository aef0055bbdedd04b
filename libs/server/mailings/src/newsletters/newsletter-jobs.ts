/**
 * The newsletterSend job contract, shared by the dispatchers (newsletter and activation) and the engine. Kept apart
 * from the engine so the activation dispatcher, which the engine's sweep uses, does not import the engine back.
 */

/** Rows per job: on send, one job per this many recipients; each job claims at most this many rows. */
export const NEWSLETTER_BATCH_SIZE = 500;

/** Data of a newsletterSend job: only the newsletter id; the rows decide what is left to do. */
export interface NewsletterSendJobData {
  newsletterId: string;
}
